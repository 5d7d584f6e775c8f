package io.podiokit.emulator;

/** Votes: {@code /voting/...}. */
final class VotingRoutes extends Area {

  VotingRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
