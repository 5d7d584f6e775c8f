package io.podiokit.emulator;

/** Reminders: {@code /reminder/...}. */
final class ReminderRoutes extends Area {

  ReminderRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
