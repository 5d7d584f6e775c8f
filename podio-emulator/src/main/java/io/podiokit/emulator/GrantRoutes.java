package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Grants: {@code /grant/...}. Access to one object given to one user, with an action ({@code view},
 * {@code comment}, {@code rate}); granting again to the same user changes the action.
 */
final class GrantRoutes extends Area {

  private static final Set<String> ACTIONS = Set.of("view", "comment", "rate");

  record Grant(long id, String refType, long refId, Map<String, Object> ref, long userId, String action,
               @Nullable String message, Ref createdBy, Instant createdOn) {}

  private final ConcurrentHashMap<Long, Grant> grants = new ConcurrentHashMap<>();

  GrantRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/grant/{ref_type}/{ref_id}/", request -> {
      String type = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(type, refId);
      return list(g -> g.refType().equals(type) && g.refId() == refId, false);
    });
    routes.get("/grant/{ref_type}/{ref_id}/own", request -> {
      String type = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(type, refId);
      long caller = request.userId();
      return grants.values().stream().filter(g -> g.refType().equals(type) && g.refId() == refId
          && g.userId() == caller).findFirst().map(g -> Owners.view(request, json(g, true), "grant_id", "action"))
          .orElseThrow(() -> new ApiError(404, "not_found", "You have no grant on " + type + " " + refId));
    });
    routes.get("/grant/org/{org_id}/own/", request -> {
      long orgId = request.id("org_id");
      world.requireRef("org", orgId);
      long caller = request.userId();
      return list(g -> g.userId() == caller && orgOf(g) == orgId, true);
    });
    routes.get("/grant/space/{space_id}/user/{user_id}/", request -> {
      long spaceId = request.id("space_id");
      world.requireRef("space", spaceId);
      long userId = request.id("user_id");
      world.requireRef("user", userId);
      return list(g -> g.userId() == userId && Owners.spaceOf(g.refType(), g.refId(), g.ref()) == spaceId, true);
    });
    routes.post("/grant/{ref_type}/{ref_id}", this::create);
    routes.delete("/grant/{ref_type}/{ref_id}/{user_id}", request -> {
      String type = request.param("ref_type");
      long refId = request.id("ref_id");
      long userId = request.id("user_id");
      world.requireRef(type, refId);
      boolean removed = grants.values().removeIf(g -> g.refType().equals(type) && g.refId() == refId
          && g.userId() == userId);
      if (!removed) {
        throw new ApiError(404, "not_found", "User " + userId + " has no grant on " + type + " " + refId);
      }
      return Reply.noContent();
    });
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    String type = request.param("ref_type");
    long refId = request.id("ref_id");
    Map<String, Object> ref = world.requireRef(type, refId);
    Map<String, @Nullable Object> body = request.object();
    String action = Collab.text(body, "action");
    if (!ACTIONS.contains(action)) {
      throw ApiError.invalid("Invalid value for action: '" + action + "' is not one of " + ACTIONS);
    }
    String message = Owners.optionalText(body, "message");
    if (!(body.get("people") instanceof List<?> people) || people.isEmpty()) {
      throw ApiError.invalid("Missing value for people: give a list of {\"type\": \"user\"|\"mail\", \"id\": ...}");
    }
    List<User> users = new ArrayList<>();
    for (Object p : people) {
      users.add(person(p));
    }
    int count = 0;
    for (User user : users) {
      synchronized (grants) {
        grants.values().removeIf(g -> g.refType().equals(type) && g.refId() == refId && g.userId() == user.id());
        Grant g = new Grant(world.nextId("grant", 700_000), type, refId, ref, user.id(), action, message,
            request.caller(), world.now());
        grants.put(g.id(), g);
      }
      count++;
    }
    return Map.of("grant_count", count);
  }

  private User person(@Nullable Object p) {
    if (!(p instanceof Map<?, ?> person) || !(person.get("type") instanceof String type)) {
      throw ApiError.invalid("Each of people must be {\"type\": \"user\"|\"mail\", \"id\": ...}");
    }
    Object id = person.get("id");
    if (type.equals("user")) {
      long userId = id instanceof Long l ? l : id instanceof String s ? ApiRequest.parseLong(s, "people.id") : -1;
      return Owners.user(world, userId);
    }
    if (type.equals("mail") && id instanceof String mail) {
      User user = world.state.userByMail(mail);
      if (user == null) {
        throw ApiError.invalid("No user with mail " + mail + " (the emulator grants access to its users only)");
      }
      return user;
    }
    throw ApiError.invalid("Invalid person type '" + type + "': give user or mail");
  }

  private long orgOf(Grant g) {
    if (g.refType().equals("org")) {
      return g.refId();
    }
    long space = Owners.spaceOf(g.refType(), g.refId(), g.ref());
    Map<String, Object> spaceRef = world.ref("space", space);
    return spaceRef != null && spaceRef.get("org_id") instanceof Long l ? l : EmulatorState.ORG_ID;
  }

  private List<Object> list(Predicate<Grant> filter, boolean withRef) {
    return grants.values().stream().filter(filter).sorted((a, b) -> Long.compare(a.id(), b.id()))
        .map(g -> (Object) json(g, withRef)).toList();
  }

  private Map<String, Object> json(Grant g, boolean withRef) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("grant_id", g.id());
    m.put("ref_type", g.refType());
    m.put("ref_id", g.refId());
    m.put("action", g.action());
    if (g.message() != null) {
      m.put("message", g.message());
    }
    m.put("created_on", World.PODIO_TIME.format(g.createdOn()));
    m.put("created_by", Collab.byLine(world, g.createdBy()));
    m.put("user", Collab.byLine(world, Ref.user(g.userId())));
    if (withRef) {
      m.put("ref", Owners.refJson(g.ref()));
    }
    return m;
  }
}
