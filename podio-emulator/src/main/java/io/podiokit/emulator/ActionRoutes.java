package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Actions: {@code /action/{action_id}}. A member joining a workspace is an action ({@code space_member_join}): one
 * for each user of the emulator joining workspace 1 at start, and one for every {@code member.add} event with a
 * {@code space_id}. Actions show in the stream as objects of type {@code action} and keep their comments
 * ({@code comment.create} events on {@code action}).
 */
final class ActionRoutes extends Area {

  /** Something that happened in a workspace. */
  record Action(long id, String type, long spaceId, long userId, Ref by, Instant createdOn, List<Long> comments) {}

  private final Map<Long, Action> actions = new ConcurrentHashMap<>();

  ActionRoutes(World world) {
    super(world);
    world.refs("action", id -> {
      Action a = actions.get(id);
      if (a == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "action");
      m.put("id", id);
      m.put("title", text(a));
      m.put("link", world.baseUrl() + "/spaces/" + a.spaceId());
      m.put("space_id", a.spaceId());
      return m;
    });
    world.subscribe(e -> {
      Long spaceId = Collab.longValue(e.data(), "space_id");
      Long userId = Collab.longValue(e.data(), "user_id");
      if (e.type().equals("member.add") && spaceId != null && userId != null) {
        add("space_member_join", spaceId, userId, e.by());
      } else if (e.type().equals("comment.create") && "action".equals(e.data().get("ref_type"))) {
        Action a = actions.get(Collab.longValue(e.data(), "ref_id"));
        Long commentId = Collab.longValue(e.data(), "comment_id");
        if (a != null && commentId != null) {
          a.comments().add(commentId);
        }
      } else if (e.type().equals("comment.delete")) {
        actions.values().forEach(a -> a.comments().remove(Collab.longValue(e.data(), "comment_id")));
      }
    });
  }

  @Override
  void routes(RouteTable routes) {
    for (EmulatorState.User user : world.state.users()) {
      add("space_member_join", EmulatorState.SPACE_ID, user.id(), Ref.user(user.id()));
    }
    routes.get("/action/{action_id}", request -> {
      long id = request.id("action_id");
      Action a = actions.get(id);
      if (a == null) {
        throw ApiError.notFound("Action", id);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("action_id", a.id());
      m.put("type", a.type());
      m.put("data", Map.of("space_id", a.spaceId(), "user_id", a.userId()));
      m.put("text", text(a));
      m.put("created_on", World.PODIO_TIME.format(a.createdOn()));
      m.put("created_by", Collab.byLine(world, a.by()));
      m.put("comments", a.comments().stream().map(c -> {
        Map<String, Object> comment = world.ref("comment", c);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("comment_id", c);
        json.put("value", comment == null ? null : comment.get("title"));
        return (Object) json;
      }).toList());
      return m;
    });
  }

  private void add(String type, long spaceId, long userId, Ref by) {
    long id = world.nextId("action", 990_000);
    Action a = new Action(id, type, spaceId, userId, by, world.now(), new CopyOnWriteArrayList<>());
    actions.put(id, a);
    world.area(StreamRoutes.class).record("action", id, by, "creation", "action",
        Map.of("space_id", spaceId, "user_id", userId));
  }

  private String text(Action a) {
    return Collab.name(world, Ref.user(a.userId())) + " joined the workspace";
  }
}
