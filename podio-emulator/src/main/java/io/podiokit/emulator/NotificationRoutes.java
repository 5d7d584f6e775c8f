package io.podiokit.emulator;

/** Notifications: {@code /notification/...}. */
final class NotificationRoutes extends Area {

  NotificationRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
