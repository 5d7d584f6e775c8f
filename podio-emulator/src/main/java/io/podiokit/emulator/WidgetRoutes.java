package io.podiokit.emulator;

/** Widgets: {@code /widget/...}. */
final class WidgetRoutes extends Area {

  WidgetRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
