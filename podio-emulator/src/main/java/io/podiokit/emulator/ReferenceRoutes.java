package io.podiokit.emulator;

/** References to objects: {@code /reference/...}. */
final class ReferenceRoutes extends Area {

  ReferenceRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
