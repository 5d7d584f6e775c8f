package io.podiokit.emulator;

/** Webhooks: {@code /hook/...}, and their delivery. */
final class HookRoutes extends Area {

  HookRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
