package io.podiokit.emulator;

/** Search: {@code /search/...}. */
final class SearchRoutes extends Area {

  SearchRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
