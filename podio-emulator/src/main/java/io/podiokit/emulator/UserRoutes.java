package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Users: {@code /user/...}: the caller's account and status, the properties integrations keep on it, and the
 * caller's own profile (kept with the other profiles in {@link ContactRoutes}). Registers the reference type
 * {@code user}.
 */
final class UserRoutes extends Area {

  private final String createdOn;
  private final ConcurrentHashMap<Long, ConcurrentHashMap<String, Object>> properties = new ConcurrentHashMap<>();

  UserRoutes(World world) {
    super(world);
    this.createdOn = world.nowText();
    world.refs("user", id -> {
      User user = world.state.user(id);
      return user == null ? null : Map.of("type", "user", "id", id, "title", name(user), "link", link(user));
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/user/status", this::status);
    routes.get("/user", request -> account(caller(request)));
    routes.put("/user/profile/", request -> {
      contacts().updateProfile(caller(request).profileId(), request.object());
      return Reply.noContent();
    });
    routes.get("/user/profile/{field}", request ->
        contacts().values(caller(request).profileId(), request.param("field")));
    routes.get("/user/property/{name}", request -> {
      String name = request.param("name");
      Object value = properties(caller(request)).get(name);
      if (value == null) {
        throw new ApiError(404, "not_found", "No property named '" + name + "' on this user");
      }
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("value", value);
      return m;
    });
    routes.put("/user/property/{name}", request -> {
      Map<String, @Nullable Object> body = request.object();
      if (!body.containsKey("value") || body.get("value") == null) {
        throw ApiError.invalid("Send the property as {\"value\": ...}");
      }
      properties(caller(request)).put(request.param("name"), java.util.Objects.requireNonNull(body.get("value")));
      return Reply.noContent();
    });
    routes.put("/user/property/", this::setProperties);
    routes.delete("/user/property/{name}", request -> {
      String name = request.param("name");
      if (properties(caller(request)).remove(name) == null) {
        throw new ApiError(404, "not_found", "No property named '" + name + "' on this user");
      }
      return Reply.noContent();
    });
  }

  /** The calling user; an app authentication gets Podio's 403. */
  User caller(ApiRequest request) {
    long id = request.userId();
    User user = world.state.user(id);
    if (user == null) {
      throw new ApiError(404, "not_found", "User not found");
    }
    return user;
  }

  /** A seeded user; Podio's 404 when there is none. */
  User require(long userId) {
    User user = world.state.user(userId);
    if (user == null) {
      throw ApiError.notFound("User", userId);
    }
    return user;
  }

  /** A user as members, administrators and creators are listed: ids, name, avatar, link. */
  Map<String, Object> userRef(User user) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user_id", user.id());
    m.put("profile_id", user.profileId());
    m.put("name", name(user));
    m.put("link", link(user));
    m.put("type", "user");
    return m;
  }

  /** The user's name as their profile has it now. */
  String name(User user) {
    return contacts().name(user.profileId(), user.name());
  }

  private String link(User user) {
    return world.baseUrl() + "/users/" + user.id();
  }

  private ContactRoutes contacts() {
    return world.area(ContactRoutes.class);
  }

  private ConcurrentHashMap<String, Object> properties(User user) {
    return properties.computeIfAbsent(user.id(), k -> new ConcurrentHashMap<>());
  }

  private Map<String, Object> account(User user) {
    Map<String, Object> mail = new LinkedHashMap<>();
    mail.put("mail", user.mail());
    mail.put("verified", true);
    mail.put("primary", true);
    mail.put("disabled", false);
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("user_id", user.id());
    u.put("mail", user.mail());
    u.put("status", "active");
    u.put("locale", "en_GB");
    u.put("timezone", TaskRoutes.USER_ZONE.getId()); // the zone local task due dates are in
    u.put("type", "user");
    u.put("created_on", createdOn);
    u.put("flags", List.of());
    u.put("mails", List.of(mail));
    return u;
  }

  private Map<String, Object> status(ApiRequest request) {
    User user = caller(request);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", account(user));
    m.put("profile", contacts().profileJson(user.profileId(), true));
    m.put("properties", Map.copyOf(properties(user)));
    m.put("inbox_new", 0);
    return m;
  }

  private Reply setProperties(ApiRequest request) throws IOException {
    User user = caller(request);
    Map<String, @Nullable Object> body = request.object();
    if (body.isEmpty()) {
      throw ApiError.invalid("Send the properties as {\"name\": value, ...}");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    body.forEach((name, value) -> {
      if (value == null) {
        throw ApiError.invalid("Property '" + name + "' has no value; delete it with DELETE /user/property/" + name);
      }
      values.put(name, value);
    });
    properties(user).putAll(values);
    return Reply.noContent();
  }
}
