package io.podiokit.emulator;

/** Tags and tag search: {@code /tag/...}. */
final class TagRoutes extends Area {

  TagRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
