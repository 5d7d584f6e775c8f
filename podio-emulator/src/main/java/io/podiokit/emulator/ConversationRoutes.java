package io.podiokit.emulator;

/** Conversations: {@code /conversation/...}. */
final class ConversationRoutes extends Area {

  ConversationRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
  }
}
