package io.podiokit.emulator;

/** Integrations: {@code /integration/...}. */
final class IntegrationRoutes extends Area {

  IntegrationRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
