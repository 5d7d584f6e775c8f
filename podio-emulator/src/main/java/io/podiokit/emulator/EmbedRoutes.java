package io.podiokit.emulator;

/** Embeds: {@code /embed/...}. */
final class EmbedRoutes extends Area {

  EmbedRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
