package io.podiokit.emulator;

/** Subscriptions: {@code /subscription/...}. */
final class SubscriptionRoutes extends Area {

  SubscriptionRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
