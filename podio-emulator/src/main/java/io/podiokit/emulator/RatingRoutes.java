package io.podiokit.emulator;

/** Ratings: {@code /rating/...}. */
final class RatingRoutes extends Area {

  RatingRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
