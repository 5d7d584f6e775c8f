package io.podiokit.emulator;

/** Views: {@code /view/...}. */
final class ViewRoutes extends Area {

  ViewRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
