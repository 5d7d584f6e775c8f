package io.podiokit.emulator;

/** Flows: {@code /flow/...}. */
final class FlowRoutes extends Area {

  FlowRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
