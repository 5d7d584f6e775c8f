package io.podiokit.emulator;

/** Questions: {@code /question/...}. */
final class QuestionRoutes extends Area {

  QuestionRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
