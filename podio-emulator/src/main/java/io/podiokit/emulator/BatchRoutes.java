package io.podiokit.emulator;

/** Batches: {@code /batch/...}. */
final class BatchRoutes extends Area {

  BatchRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
