package io.podiokit.emulator;

/** Contacts: {@code /contact/...}. */
final class ContactRoutes extends Area {

  ContactRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
