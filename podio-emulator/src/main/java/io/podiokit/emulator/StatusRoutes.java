package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Status messages: {@code /status/...}. A status is in a workspace, carries its files, shows its comments and likes,
 * and publishes {@code status.create} and {@code status.delete}.
 */
final class StatusRoutes extends Area {

  record StoredStatus(long id, long spaceId, String value, @Nullable String embedUrl, Ref createdBy,
                      Instant createdOn) {}

  private final ConcurrentHashMap<Long, StoredStatus> statuses = new ConcurrentHashMap<>();

  StatusRoutes(World world) {
    super(world);
    world.refs("status", id -> {
      StoredStatus s = statuses.get(id);
      if (s == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "status");
      m.put("id", id);
      m.put("title", s.value().length() > 80 ? s.value().substring(0, 80) : s.value());
      m.put("link", link(s));
      m.put("space_id", s.spaceId());
      m.put("created_by", s.createdBy().id());
      return m;
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/status/space/{space_id}/", this::create);
    routes.get("/status/{status_id}", request -> statusJson(find(request.id("status_id")), request.caller()));
    routes.delete("/status/{status_id}", request -> {
      StoredStatus s = find(request.id("status_id"));
      if (!s.createdBy().equals(request.caller())) {
        throw ApiError.forbidden("Only the author of a status message may delete it");
      }
      statuses.remove(s.id());
      world.publish(new World.Event("status.delete", "status", s.id(), request.caller(),
          Map.of("status_id", s.id(), "space_id", s.spaceId())));
      return Reply.noContent();
    });
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    long spaceId = request.id("space_id");
    if (spaceId != EmulatorState.SPACE_ID && world.ref("space", spaceId) == null) {
      throw ApiError.notFound("Space", spaceId);
    }
    Ref caller = Ref.user(request.userId());
    Map<String, @Nullable Object> body = request.object();
    StoredStatus s = new StoredStatus(world.nextId("status", 400_000), spaceId, Collab.text(body, "value"),
        body.get("embed_url") instanceof String u ? u : null, caller, world.now());
    statuses.put(s.id(), s);
    List<Long> fileIds = Collab.ids(body, "file_ids");
    if (!fileIds.isEmpty()) {
      world.area(FileRoutes.class).attach(request, fileIds, "status", s.id());
    }
    world.publish(new World.Event("status.create", "status", s.id(), caller,
        Map.of("status_id", s.id(), "space_id", spaceId)));
    return statusJson(s, caller);
  }

  private StoredStatus find(long statusId) {
    StoredStatus s = statuses.get(statusId);
    if (s == null) {
      throw ApiError.notFound("Status", statusId);
    }
    return s;
  }

  private String link(StoredStatus s) {
    return world.baseUrl() + "/status/" + s.id();
  }

  private Map<String, Object> statusJson(StoredStatus s, Ref caller) {
    RatingRoutes ratings = world.area(RatingRoutes.class);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status_id", s.id());
    m.put("value", s.value());
    m.put("rich_value", s.value());
    m.put("link", link(s));
    m.put("space_id", s.spaceId());
    m.put("created_by", Collab.byLine(world, s.createdBy()));
    m.put("created_on", World.PODIO_TIME.format(s.createdOn()));
    m.put("files", world.area(FileRoutes.class).filesOn("status", s.id()));
    m.put("comments", world.area(CommentRoutes.class).commentsOn("status", s.id(), caller));
    if (s.embedUrl() != null) {
      m.put("embed", Map.of("original_url", s.embedUrl(), "url", s.embedUrl(), "type", "link"));
    }
    m.put("like_count", ratings.likeCount("status", s.id()));
    m.put("is_liked", ratings.liked("status", s.id(), caller));
    m.put("subscribed", world.area(SubscriptionRoutes.class).subscribed(caller, "status", s.id()));
    m.put("rights", s.createdBy().equals(caller) ? List.of("view", "delete", "comment", "rate")
        : List.of("view", "comment", "rate"));
    return m;
  }
}
