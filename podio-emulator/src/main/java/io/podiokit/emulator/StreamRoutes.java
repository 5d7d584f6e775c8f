package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The activity stream: {@code /stream/...}. Kept from other areas' events: items, statuses and tasks become stream
 * objects when created and move to the top when updated, commented on or given a file; deleted objects leave the
 * stream. Actions (such as a member joining a workspace) are stream objects of type {@code action}. Each object
 * lists its activity, latest first.
 */
final class StreamRoutes extends Area {

  private static final long DEFAULT_LIMIT = 10;
  private static final long MAX_LIMIT = 100;

  /** Something that happened to a stream object. */
  record Activity(long id, String type, String activityType, Map<String, Object> data, Instant on, Ref by) {}

  /** An object in the stream. */
  record Entry(String type, long id, Instant createdOn, Ref createdBy, List<Activity> activity) {
    Instant lastUpdate() {
      return activity.isEmpty() ? createdOn : activity.get(activity.size() - 1).on();
    }

    long lastActivity() {
      return activity.isEmpty() ? 0 : activity.get(activity.size() - 1).id();
    }

    boolean actedOnBy(long userId) {
      return (!createdBy.isApp() && createdBy.id() == userId)
          || activity.stream().anyMatch(a -> !a.by().isApp() && a.by().id() == userId);
    }
  }

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  StreamRoutes(World world) {
    super(world);
    world.subscribe(this::on);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/stream/", request -> stream(request, e -> true));
    routes.get("/stream/org/{org_id}/", request -> {
      long orgId = request.id("org_id");
      return stream(request, e -> {
        Long space = Collab.spaceOf(world, e.type(), e.id());
        return space != null && Collab.orgOf(world, space) == orgId;
      });
    });
    routes.get("/stream/space/{space_id}/", request -> {
      long spaceId = request.id("space_id");
      return stream(request, e -> Long.valueOf(spaceId).equals(Collab.spaceOf(world, e.type(), e.id())));
    });
    routes.get("/stream/app/{app_id}/", request -> {
      long appId = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")).id();
      return stream(request, e -> Long.valueOf(appId).equals(Collab.appOf(world, e.type(), e.id())));
    });
    routes.get("/stream/user/{user_id}/", request -> {
      request.userId();
      long userId = request.id("user_id");
      if (world.state.user(userId) == null) {
        throw ApiError.notFound("User", userId);
      }
      return stream(request, e -> e.actedOnBy(userId));
    });
    routes.get("/stream/personal/", request -> {
      long userId = request.userId();
      return stream(request, e -> e.actedOnBy(userId));
    });
  }

  /** Adds an activity to the stream object {@code type}/{@code id}, making the object if it is new. */
  void record(String type, long id, Ref by, String activityType, String activityOf, Map<String, Object> data) {
    Instant now = world.now();
    Activity activity = new Activity(world.nextId("stream.activity", 0), activityOf, activityType, data, now, by);
    entries.compute(type + ":" + id, (k, e) -> {
      Entry entry = e != null ? e : new Entry(type, id, now, by, new CopyOnWriteArrayList<>());
      entry.activity().add(activity);
      return entry;
    });
  }

  private void on(World.Event e) {
    Map<String, Object> d = e.data();
    String[] kind = e.type().split("\\.", 2);
    if (kind.length != 2) {
      return;
    }
    switch (e.type()) {
      case "item.create", "status.create", "task.create" -> record(e.refType(), e.refId(), e.by(), "creation",
          kind[0], d);
      case "item.update", "status.update", "task.update" -> record(e.refType(), e.refId(), e.by(), "update", kind[0],
          d);
      case "item.delete", "status.delete", "task.delete" -> entries.remove(e.refType() + ":" + e.refId());
      case "comment.create", "file.change" -> {
        String refType = Collab.textOf(d, "ref_type");
        Long refId = Collab.longValue(d, "ref_id");
        if (refType != null && refId != null && world.ref(refType, refId) != null) {
          record(refType, refId, e.by(), kind[0].equals("comment") ? "comment" : "file", kind[0], d);
        }
      }
      case "comment.delete" -> {
        Object commentId = Collab.longValue(d, "comment_id");
        entries.values().forEach(entry -> entry.activity()
            .removeIf(a -> a.type().equals("comment") && commentId != null && commentId.equals(a.data().get("comment_id"))));
      }
      default -> { }
    }
  }

  private List<Object> stream(ApiRequest request, Predicate<Entry> scope) {
    Ref caller = request.caller();
    List<Entry> all = entries.values().stream()
        .filter(e -> world.ref(e.type(), e.id()) != null)
        .filter(e -> Collab.visible(world, caller, e.type(), e.id()))
        .filter(scope)
        .sorted(Comparator.comparing(Entry::lastUpdate).thenComparingLong(Entry::lastActivity).reversed())
        .toList();
    List<Object> out = new ArrayList<>();
    for (Entry e : Collab.page(request, all, DEFAULT_LIMIT, MAX_LIMIT)) {
      Map<String, Object> json = entryJson(e);
      if (json != null) {
        out.add(json);
      }
    }
    return out;
  }

  private @Nullable Map<String, Object> entryJson(Entry e) {
    Map<String, Object> ref = world.ref(e.type(), e.id());
    if (ref == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("type", e.type());
    m.put("last_update_on", World.PODIO_TIME.format(e.lastUpdate()));
    m.put("title", ref.get("title"));
    m.put("link", ref.get("link"));
    m.put("data", Map.of());
    m.put("comments_allowed", !e.type().equals("file"));
    m.put("created_on", World.PODIO_TIME.format(e.createdOn()));
    m.put("created_by", Collab.byLine(world, e.createdBy()));
    Long appId = Collab.appOf(world, e.type(), e.id());
    if (appId != null) {
      EmulatorState.App app = world.state.app(appId);
      m.put("app", Map.of("app_id", appId, "config", Map.of("name", app == null ? "" : app.name())));
    }
    Long space = Collab.spaceOf(world, e.type(), e.id());
    if (space != null) {
      m.put("space", Map.of("space_id", space));
      m.put("organization", Map.of("org_id", Collab.orgOf(world, space)));
    }
    List<Object> comments = new ArrayList<>();
    List<Object> files = new ArrayList<>();
    List<Object> activity = new ArrayList<>();
    for (Activity a : e.activity()) {
      Map<String, Object> by = Collab.byLine(world, a.by());
      String on = World.PODIO_TIME.format(a.on());
      if (a.activityType().equals("comment")) {
        Long commentId = Collab.longValue(a.data(), "comment_id");
        Map<String, Object> comment = commentId == null ? null : world.ref("comment", commentId);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("comment_id", commentId);
        c.put("value", comment == null ? null : comment.get("title"));
        c.put("created_on", on);
        c.put("created_by", by);
        comments.add(c);
      } else if (a.activityType().equals("file")) {
        files.add(Map.of("file_id", a.data().getOrDefault("file_id", 0L)));
      }
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", a.id());
      json.put("type", a.type());
      json.put("activity_type", a.activityType());
      json.put("data", a.data());
      json.put("created_on", on);
      json.put("created_by", by);
      activity.add(0, json);
    }
    m.put("comments", comments);
    m.put("files", files);
    m.put("activity", activity);
    return m;
  }
}
