package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the collaboration areas (tasks, comments, files, statuses, ratings, subscriptions, tags) answer alike: who
 * did something, a user as a contact, an object as a reference, one page of a list, write options on events.
 */
final class Collab {

  private Collab() {}

  /** Podio's byline of a user or an app: {@code {type, id, user_id, name, url, avatar}}. */
  static Map<String, Object> byLine(World world, Ref who) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", who.type());
    m.put("id", who.id());
    if (who.isApp()) {
      App app = world.state.app(who.id());
      m.put("name", app == null ? "App " + who.id() : app.name());
      m.put("url", world.baseUrl() + "/app/" + who.id());
    } else {
      User user = world.state.user(who.id());
      m.put("user_id", who.id());
      m.put("name", user == null ? "User " + who.id() : user.name());
      m.put("url", world.baseUrl() + "/users/" + who.id());
    }
    return m;
  }

  /** A user as a contact ({@code responsible}, raters): {@code {user_id, profile_id, name, link}}; 404 if unknown. */
  static Map<String, Object> contact(World world, long userId) {
    User user = world.state.user(userId);
    if (user == null) {
      throw ApiError.notFound("User", userId);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user_id", user.id());
    m.put("profile_id", user.profileId());
    m.put("name", user.name());
    m.put("type", "user");
    m.put("link", world.baseUrl() + "/users/" + user.id());
    return m;
  }

  /** The object {@code type}/{@code id} as Podio's {@code ref}: {@code {type, id, title, link}}, or null if gone. */
  static @Nullable Map<String, Object> ref(World world, @Nullable String type, long id) {
    if (type == null) {
      return null;
    }
    Map<String, Object> found = world.ref(type, id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("id", id);
    if (found != null) {
      m.put("title", found.get("title"));
      m.put("link", found.get("link"));
    }
    return m;
  }

  /**
   * The app an object belongs to: its reference's {@code app_id}, an app itself, or the app of the object a
   * comment, task or file is on; {@code null} when none.
   */
  static @Nullable Long appOf(World world, String type, long id) {
    if (type.equals("app")) {
      return id;
    }
    Map<String, Object> ref = world.ref(type, id);
    if (ref == null) {
      return null;
    }
    if (ref.get("app_id") instanceof Number n) {
      return n.longValue();
    }
    if (ref.get("ref_type") instanceof String refType && ref.get("ref_id") instanceof Number refId) {
      return appOf(world, refType, refId.longValue());
    }
    return null;
  }

  /** The workspace an object is in, from its reference's {@code space_id} or its own object's; or null. */
  static @Nullable Long spaceOf(World world, String type, long id) {
    if (type.equals("space")) {
      return id;
    }
    Map<String, Object> ref = world.ref(type, id);
    if (ref == null) {
      return null;
    }
    if (ref.get("space_id") instanceof Number n) {
      return n.longValue();
    }
    if (ref.get("ref_type") instanceof String refType && ref.get("ref_id") instanceof Number refId) {
      return spaceOf(world, refType, refId.longValue());
    }
    return Collab.appOf(world, type, id) != null ? EmulatorState.SPACE_ID : null;
  }

  /**
   * One page of {@code all} from the query's {@code offset} and {@code limit}; 400 for a limit outside 1 to
   * {@code max} or a negative offset.
   */
  static <T> List<T> page(ApiRequest request, List<T> all, long defaultLimit, long max) {
    long limit = request.queryLong("limit", defaultLimit);
    long offset = request.queryLong("offset", 0);
    if (limit < 1 || limit > max) {
      throw ApiError.invalid("Invalid value for limit: must be between 1 and " + max + ", was " + limit);
    }
    if (offset < 0) {
      throw ApiError.invalid("Invalid value for offset: must not be negative, was " + offset);
    }
    List<T> out = new ArrayList<>();
    for (long i = offset; i < all.size() && out.size() < limit; i++) {
      out.add(all.get((int) i));
    }
    return out;
  }

  /** An event's data with the write options the call carried ({@code silent}, {@code hook}). */
  static Map<String, Object> withOptions(ApiRequest request, Map<String, Object> data) {
    Map<String, Object> m = new LinkedHashMap<>(data);
    m.put("silent", request.queryFlag("silent", false));
    m.put("hook", request.queryFlag("hook", true));
    return m;
  }

  /** A required text member of a JSON body; 400 when missing or not text. */
  static String text(Map<String, @Nullable Object> body, String name) {
    if (!(body.get(name) instanceof String s) || s.isBlank()) {
      throw ApiError.invalid("Missing or empty field " + name);
    }
    return s;
  }

  /** A required whole-number member of a JSON body; 400 when missing or not a number. */
  static long number(Map<String, @Nullable Object> body, String name) {
    if (!(body.get(name) instanceof Long n)) {
      throw ApiError.invalid("Missing field " + name + ", or it is not a whole number");
    }
    return n;
  }

  /** A list of ids in a JSON body ({@code file_ids}, {@code label_ids}); empty when absent. */
  static List<Long> ids(Map<String, @Nullable Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw ApiError.invalid("Invalid value for " + name + ": must be a list of ids");
    }
    List<Long> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Long n)) {
        throw ApiError.invalid("Invalid value for " + name + ": '" + o + "' is not an id");
      }
      out.add(n);
    }
    return out;
  }
}
