package io.podiokit.emulator;

/** Actions: {@code /action/...}. */
final class ActionRoutes extends Area {

  ActionRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
