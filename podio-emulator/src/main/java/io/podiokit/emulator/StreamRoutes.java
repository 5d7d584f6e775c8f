package io.podiokit.emulator;

/** The stream: {@code /stream/...}. */
final class StreamRoutes extends Area {

  StreamRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
