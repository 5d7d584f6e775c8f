package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** Users: {@code /user/...}. */
final class UserRoutes extends Area {

  UserRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/user/status", this::status);
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

  private Map<String, Object> status(ApiRequest request) {
    User user = caller(request);
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("user_id", user.id());
    u.put("mail", user.mail());
    u.put("status", "active");
    u.put("locale", "en_GB");
    u.put("timezone", "UTC");
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("profile_id", user.profileId());
    profile.put("user_id", user.id());
    profile.put("name", user.name());
    profile.put("type", "user");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", u);
    m.put("profile", profile);
    m.put("properties", Map.of());
    m.put("inbox_new", 0);
    return m;
  }
}
