package io.podiokit.emulator;

/** Importers: {@code /importer/...}. */
final class ImporterRoutes extends Area {

  ImporterRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
