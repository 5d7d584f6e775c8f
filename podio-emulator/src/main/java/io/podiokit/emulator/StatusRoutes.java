package io.podiokit.emulator;

/** Status messages: {@code /status/...}. */
final class StatusRoutes extends Area {

  StatusRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
