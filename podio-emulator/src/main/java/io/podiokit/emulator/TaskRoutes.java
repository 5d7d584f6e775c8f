package io.podiokit.emulator;

/** Tasks and task labels: {@code /task/...}. */
final class TaskRoutes extends Area {

  TaskRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
