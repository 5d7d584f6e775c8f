package io.podiokit.emulator;

/**
 * One area of Podio's API in the emulator (items, apps, tasks, ...): its data and its operations. Areas are built
 * with the {@link World} they share and register their operations in the route table.
 */
abstract class Area {

  final World world;

  Area(World world) {
    this.world = world;
  }

  /** Registers this area's operations. */
  abstract void routes(RouteTable routes);
}
