package io.podiokit.emulator;

/** Web forms: {@code /form/...}. */
final class FormRoutes extends Area {

  FormRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
