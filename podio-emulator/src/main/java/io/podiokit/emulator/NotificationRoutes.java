package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Notifications: {@code /notification/...}. Made from other areas' events: a comment on an object notifies the
 * object's creator, an update of an item by someone else notifies its creator, a task notifies its responsible
 * user. Nobody is notified of what they did themselves. Answers group notifications by the object they are about.
 */
final class NotificationRoutes extends Area {

  private static final long DEFAULT_LIMIT = 20;
  private static final long MAX_LIMIT = 100;

  /** One notification of one user. */
  record Notice(long id, long userId, String type, String text, String refType, long refId, Ref by, Instant createdOn,
                Map<String, Object> data, @Nullable Instant viewedOn, boolean starred) {
    Notice viewed(Instant on) {
      return viewedOn != null ? this
          : new Notice(id, userId, type, text, refType, refId, by, createdOn, data, on, starred);
    }

    Notice starred(boolean star) {
      return new Notice(id, userId, type, text, refType, refId, by, createdOn, data, viewedOn, star);
    }

    String context() {
      return refType + ":" + refId;
    }
  }

  private final ConcurrentHashMap<Long, Notice> notices = new ConcurrentHashMap<>();

  NotificationRoutes(World world) {
    super(world);
    world.subscribe(this::on);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/notification/", this::groups);
    routes.get("/notification/{notification_id}/v2", request -> {
      Notice notice = own(request.userId(), request.id("notification_id"));
      return group(notice.userId(), notice.context(), mine(notice.userId()));
    });
    routes.get("/notification/inbox/new/count", request -> {
      long userId = request.userId();
      return Map.of("new", mine(userId).stream().filter(n -> n.viewedOn() == null).count());
    });
    routes.post("/notification/viewed", request -> {
      long userId = request.userId();
      markViewed(n -> n.userId() == userId);
      return Reply.noContent();
    });
    routes.post("/notification/{notification_id}/viewed", request -> {
      Notice notice = own(request.userId(), request.id("notification_id"));
      markViewed(n -> n.id() == notice.id());
      return Reply.noContent();
    });
    routes.post("/notification/{ref_type}/{ref_id}/viewed", request -> {
      long userId = request.userId();
      String refType = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(refType, refId);
      markViewed(n -> n.userId() == userId && n.refType().equals(refType) && n.refId() == refId);
      return Reply.noContent();
    });
    routes.post("/notification/{notification_id}/star", request -> star(request, true));
    routes.delete("/notification/{notification_id}/star", request -> star(request, false));
  }

  private Reply star(ApiRequest request, boolean star) {
    Notice notice = own(request.userId(), request.id("notification_id"));
    notices.computeIfPresent(notice.id(), (k, n) -> n.starred(star));
    return Reply.noContent();
  }

  private void markViewed(java.util.function.Predicate<Notice> which) {
    Instant now = world.now();
    notices.replaceAll((k, n) -> which.test(n) ? n.viewed(now) : n);
  }

  private Notice own(long userId, long notificationId) {
    Notice notice = notices.get(notificationId);
    if (notice == null || notice.userId() != userId) {
      throw ApiError.notFound("Notification", notificationId);
    }
    return notice;
  }

  /** The user's notifications, newest first. */
  private List<Notice> mine(long userId) {
    return notices.values().stream().filter(n -> n.userId() == userId)
        .sorted(Comparator.comparingLong(Notice::id).reversed()).toList();
  }

  private List<Object> groups(ApiRequest request) {
    long userId = request.userId();
    String viewed = request.query("viewed");
    String starred = request.query("starred");
    String type = request.query("type");
    String contextType = request.query("context_type");
    List<Notice> matching = mine(userId).stream()
        .filter(n -> viewed == null || (n.viewedOn() != null) == request.queryFlag("viewed", false))
        .filter(n -> starred == null || n.starred() == request.queryFlag("starred", false))
        .filter(n -> type == null || n.type().equals(type))
        .filter(n -> contextType == null || n.refType().equals(contextType))
        .toList();
    List<String> contexts = matching.stream().map(Notice::context).distinct().toList();
    List<Object> out = new ArrayList<>();
    for (String context : Collab.page(request, contexts, DEFAULT_LIMIT, MAX_LIMIT)) {
      out.add(group(userId, context, matching));
    }
    return out;
  }

  private Map<String, Object> group(long userId, String context, List<Notice> from) {
    List<Notice> inContext = from.stream().filter(n -> n.userId() == userId && n.context().equals(context)).toList();
    Notice first = inContext.get(0);
    Map<String, Object> ref = world.ref(first.refType(), first.refId());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("ref", Map.of("type", first.refType(), "id", first.refId()));
    c.put("title", ref == null ? null : ref.get("title"));
    c.put("link", ref == null ? null : ref.get("link"));
    c.put("data", Map.of());
    Long space = Collab.spaceOf(world, first.refType(), first.refId());
    if (space != null) {
      c.put("space", Map.of("space_id", space));
      c.put("org", Map.of("org_id", Collab.orgOf(world, space)));
    }
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("context", c);
    g.put("notifications", inContext.stream().map(this::noticeJson).toList());
    return g;
  }

  private Map<String, Object> noticeJson(Notice n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("notification_id", n.id());
    m.put("type", n.type());
    m.put("text", n.text());
    m.put("icon", n.type());
    m.put("data", n.data());
    m.put("viewed_on", n.viewedOn() == null ? null : World.PODIO_TIME.format(n.viewedOn()));
    m.put("subscription_id", null);
    m.put("created_on", World.PODIO_TIME.format(n.createdOn()));
    m.put("starred", n.starred());
    m.put("created_by", Collab.byLine(world, n.by()));
    return m;
  }

  private void on(World.Event e) {
    Map<String, Object> d = e.data();
    switch (e.type()) {
      case "comment.create" -> {
        String refType = Collab.textOf(d, "ref_type");
        Long refId = Collab.longValue(d, "ref_id");
        if (refType != null && refId != null) {
          Long commentId = Collab.longValue(d, "comment_id");
          notify(Collab.longValue(world.ref(refType, refId), "created_by"), "comment", "commented on", e.by(),
              refType, refId, commentId == null ? Map.of() : Map.of("comment_id", commentId));
        }
      }
      case "comment.delete" -> {
        Object commentId = Collab.longValue(d, "comment_id");
        notices.values().removeIf(n -> commentId != null && commentId.equals(n.data().get("comment_id")));
      }
      case "item.update" -> notify(Collab.longValue(world.ref("item", e.refId()), "created_by"), "update",
          "updated", e.by(), "item", e.refId(), Map.of("item_revision_id",
              Objects.requireNonNullElse(d.get("item_revision_id"), 0L)));
      case "task.create" -> notify(Collab.longValue(d, "responsible"), "task", "assigned you the task", e.by(),
          "task", e.refId(), Map.of());
      case "item.delete", "task.delete", "status.delete" ->
          notices.values().removeIf(n -> n.refType().equals(e.refType()) && n.refId() == e.refId());
      default -> { }
    }
  }

  private void notify(@Nullable Long userId, String type, String verb, Ref by, String refType, long refId,
                      Map<String, Object> data) {
    if (userId == null || (!by.isApp() && by.id() == userId) || world.state.user(userId) == null) {
      return;
    }
    Map<String, Object> ref = world.ref(refType, refId);
    if (ref == null) {
      return;
    }
    long id = world.nextId("notification", 500_000);
    String text = Collab.name(world, by) + " " + verb + " " + ref.get("title");
    notices.put(id, new Notice(id, userId, type, text, refType, refId, by, world.now(), data, null, false));
  }
}
