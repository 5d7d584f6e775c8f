package io.podiokit.emulator;

/** Recurrence: {@code /recurrence/...}. */
final class RecurrenceRoutes extends Area {

  RecurrenceRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
