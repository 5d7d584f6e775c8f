package io.podiokit.emulator;

/** The calendar: {@code /calendar/...}. */
final class CalendarRoutes extends Area {

  CalendarRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
