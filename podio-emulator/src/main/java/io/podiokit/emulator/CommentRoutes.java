package io.podiokit.emulator;

/** Comments: {@code /comment/...}. */
final class CommentRoutes extends Area {

  CommentRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
