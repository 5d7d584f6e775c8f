package io.podiokit.emulator;

import java.util.List;

/** Every area of the emulator's API, one routes class each. */
final class Areas {

  private Areas() {}

  /** Builds every area on {@code world}, registers each with it and its operations in a new route table. */
  static RouteTable build(World world) {
    List<Area> areas = List.of(
        new UserRoutes(world),
        new OrgRoutes(world),
        new SpaceRoutes(world),
        new ContactRoutes(world),
        new AppRoutes(world),
        new ItemRoutes(world),
        new ViewRoutes(world),
        new ReferenceRoutes(world),
        new FileRoutes(world),
        new TaskRoutes(world),
        new CommentRoutes(world),
        new StatusRoutes(world),
        new ConversationRoutes(world),
        new NotificationRoutes(world),
        new RatingRoutes(world),
        new SubscriptionRoutes(world),
        new TagRoutes(world),
        new ReminderRoutes(world),
        new RecurrenceRoutes(world),
        new CalendarRoutes(world),
        new EmbedRoutes(world),
        new StreamRoutes(world),
        new VotingRoutes(world),
        new QuestionRoutes(world),
        new ActionRoutes(world),
        new SearchRoutes(world),
        new GrantRoutes(world),
        new FormRoutes(world),
        new FlowRoutes(world),
        new WidgetRoutes(world),
        new IntegrationRoutes(world),
        new ImporterRoutes(world),
        new BatchRoutes(world),
        new HookRoutes(world));
    RouteTable routes = new RouteTable();
    for (Area area : areas) {
      world.register(area);
    }
    for (Area area : areas) {
      area.routes(routes);
    }
    return routes;
  }
}
