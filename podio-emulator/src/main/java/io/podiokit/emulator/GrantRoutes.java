package io.podiokit.emulator;

/** Grants: {@code /grant/...}. */
final class GrantRoutes extends Area {

  GrantRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
