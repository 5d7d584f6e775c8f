package io.podiokit.emulator;

/** Workspaces and their members: {@code /space/...}. */
final class SpaceRoutes extends Area {

  SpaceRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
