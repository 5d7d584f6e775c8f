package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Comments: {@code /comment/...}. A comment is on an object any area registered ({@code item}, {@code status},
 * {@code task}, ...), shows in that object's comments, carries the files named in {@code file_ids} and counts its
 * likes; creating and deleting one publishes {@code comment.create} and {@code comment.delete}.
 */
final class CommentRoutes extends Area {

  private static final long MAX_LIMIT = 500;

  record StoredComment(long id, String refType, long refId, String value, @Nullable String externalId,
                       @Nullable String embedUrl, Ref createdBy, Instant createdOn, @Nullable Instant lastEditOn) {}

  private final ConcurrentHashMap<Long, StoredComment> comments = new ConcurrentHashMap<>();

  CommentRoutes(World world) {
    super(world);
    world.refs("comment", id -> {
      StoredComment c = comments.get(id);
      if (c == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "comment");
      m.put("id", id);
      m.put("title", c.value().length() > 80 ? c.value().substring(0, 80) : c.value());
      m.put("link", link(c));
      m.put("ref_type", c.refType());
      m.put("ref_id", c.refId());
      if (!c.createdBy().isApp()) {
        m.put("created_by", c.createdBy().id());
      }
      return m;
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/comment/{comment_id}", request -> commentJson(find(request.id("comment_id")), request.caller()));
    routes.get("/comment/{ref_type}/{ref_id}/", request -> {
      String type = request.param("ref_type");
      long id = request.id("ref_id");
      world.requireRef(type, id);
      return Collab.page(request, on(type, id), 100, MAX_LIMIT).stream()
          .map(c -> commentJson(c, request.caller())).toList();
    });
    routes.post("/comment/{ref_type}/{ref_id}", this::create);
    routes.put("/comment/{comment_id}", this::update);
    routes.delete("/comment/{comment_id}", request -> {
      StoredComment c = own(request);
      comments.remove(c.id());
      world.publish(new World.Event("comment.delete", "comment", c.id(), request.caller(), data(c)));
      return Reply.noContent();
    });
  }

  /** The comments on an object, oldest first, as Podio embeds them in the object. */
  List<Map<String, Object>> commentsOn(String refType, long refId, Ref caller) {
    return on(refType, refId).stream().map(c -> commentJson(c, caller)).toList();
  }

  private List<StoredComment> on(String refType, long refId) {
    return comments.values().stream().filter(c -> c.refType().equals(refType) && c.refId() == refId)
        .sorted(Comparator.comparingLong(StoredComment::id)).toList();
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    String type = request.param("ref_type");
    long refId = request.id("ref_id");
    world.requireRef(type, refId);
    Map<String, @Nullable Object> body = request.object();
    StoredComment c = new StoredComment(world.nextId("comment", 300_000), type, refId, Collab.text(body, "value"),
        body.get("external_id") instanceof String e ? e : null,
        body.get("embed_url") instanceof String u ? u : null, request.caller(), world.now(), null);
    List<Long> fileIds = Collab.ids(body, "file_ids");
    comments.put(c.id(), c);
    if (!fileIds.isEmpty()) {
      world.area(FileRoutes.class).attach(request, fileIds, "comment", c.id());
    }
    world.publish(new World.Event("comment.create", "comment", c.id(), request.caller(),
        Collab.withOptions(request, data(c))));
    return commentJson(c, request.caller());
  }

  private Reply update(ApiRequest request) throws IOException {
    StoredComment c = own(request);
    Map<String, @Nullable Object> body = request.object();
    StoredComment changed = new StoredComment(c.id(), c.refType(), c.refId(), Collab.text(body, "value"),
        body.get("external_id") instanceof String e ? e : c.externalId(),
        body.get("embed_url") instanceof String u ? u : c.embedUrl(), c.createdBy(), c.createdOn(), world.now());
    List<Long> fileIds = Collab.ids(body, "file_ids");
    if (!fileIds.isEmpty()) {
      world.area(FileRoutes.class).attach(request, fileIds, "comment", c.id());
    }
    comments.put(c.id(), changed);
    return Reply.noContent();
  }

  private StoredComment find(long commentId) {
    StoredComment c = comments.get(commentId);
    if (c == null) {
      throw ApiError.notFound("Comment", commentId);
    }
    return c;
  }

  /** The comment if the caller wrote it; 403 otherwise. */
  private StoredComment own(ApiRequest request) {
    StoredComment c = find(request.id("comment_id"));
    if (!c.createdBy().equals(request.caller())) {
      throw ApiError.forbidden("Only the author of a comment may change or delete it");
    }
    return c;
  }

  private static Map<String, Object> data(StoredComment c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("comment_id", c.id());
    m.put("ref_type", c.refType());
    m.put("ref_id", c.refId());
    if (!c.createdBy().isApp()) {
      m.put("created_by", c.createdBy().id());
    }
    return m;
  }

  private String link(StoredComment c) {
    Map<String, Object> ref = world.ref(c.refType(), c.refId());
    String base = ref != null && ref.get("link") instanceof String l ? l : world.baseUrl();
    return base + "#comment-" + c.id();
  }

  private Map<String, Object> commentJson(StoredComment c, Ref caller) {
    RatingRoutes ratings = world.area(RatingRoutes.class);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("comment_id", c.id());
    m.put("value", c.value());
    m.put("rich_value", c.value());
    m.put("external_id", c.externalId());
    m.put("ref", Collab.ref(world, c.refType(), c.refId()));
    m.put("space_id", Collab.spaceOf(world, c.refType(), c.refId()));
    m.put("created_by", Collab.byLine(world, c.createdBy()));
    m.put("created_on", World.PODIO_TIME.format(c.createdOn()));
    m.put("last_edit_on", c.lastEditOn() == null ? null : World.PODIO_TIME.format(c.lastEditOn()));
    m.put("files", world.area(FileRoutes.class).filesOn("comment", c.id()));
    if (c.embedUrl() != null) {
      m.put("embed", Map.of("original_url", c.embedUrl(), "url", c.embedUrl(), "type", "link"));
    }
    m.put("like_count", ratings.likeCount("comment", c.id()));
    m.put("is_liked", ratings.liked("comment", c.id(), caller));
    m.put("rights", c.createdBy().equals(caller) ? List.of("view", "update", "delete", "rate")
        : new ArrayList<>(List.of("view", "rate")));
    return m;
  }
}
