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
 * What the areas on other objects (conversations, grants, forms, flows, widgets, integrations, imports, batches)
 * share: the object they belong to as a reference, who did something as Podio's by-line, an answer cut down to its
 * micro view, a page of a list, and the checked values of a JSON body.
 */
final class Owners {

  private Owners() {}

  /** The workspace an object is in: its reference's {@code space_id}, the id of a space, or the demo workspace. */
  static long spaceOf(String type, long id, Map<String, Object> ref) {
    if (type.equals("space")) {
      return id;
    }
    return ref.get("space_id") instanceof Long l ? l : EmulatorState.SPACE_ID;
  }

  /** A known user; 400 naming the id otherwise. */
  static User user(World world, long userId) {
    User user = world.state.user(userId);
    if (user == null) {
      throw ApiError.invalid("No user with id " + userId);
    }
    return user;
  }

  /** Podio's by-line ({@code created_by}) for a user or an app. */
  static Map<String, Object> byLine(World world, Ref who) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", who.type());
    m.put("id", who.id());
    if (who.isApp()) {
      App app = world.state.app(who.id());
      m.put("name", app == null ? "App " + who.id() : app.name());
    } else {
      User user = world.state.user(who.id());
      m.put("user_id", who.id());
      m.put("name", user == null ? "User " + who.id() : user.name());
    }
    return m;
  }

  /** {@code full}, or only the keys {@code micro} names when the call asks for {@code view=micro}. */
  static Map<String, Object> view(ApiRequest request, Map<String, Object> full, String... micro) {
    if (!"micro".equals(request.query("view"))) {
      return full;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (String key : micro) {
      m.put(key, full.get(key));
    }
    return m;
  }

  /** The reference as the {@code ref} of an answer: type, id, title and link. */
  static Map<String, Object> refJson(Map<String, Object> ref) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String key : new String[] {"type", "id", "title", "link"}) {
      m.put(key, ref.get(key));
    }
    return m;
  }

  /** A required text of a JSON body; 400 naming it when missing, blank or not text. */
  static String text(Map<String, @Nullable Object> body, String key) {
    if (!(body.get(key) instanceof String s) || s.isBlank()) {
      throw ApiError.invalid("Missing or invalid value for " + key + ": give it as non-blank text");
    }
    return s;
  }

  /** An optional text of a JSON body. */
  static @Nullable String optionalText(Map<String, @Nullable Object> body, String key) {
    Object v = body.get(key);
    if (v != null && !(v instanceof String)) {
      throw ApiError.invalid("Invalid value for " + key + ": give it as text");
    }
    return (String) v;
  }

  /** A list of whole numbers of a JSON body; empty when missing; 400 when not such a list. */
  static List<Long> ids(Map<String, @Nullable Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return List.of();
    }
    List<Long> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Long l)) {
          throw ApiError.invalid("Invalid value for " + key + ": give a list of ids");
        }
        out.add(l);
      }
      return out;
    }
    throw ApiError.invalid("Invalid value for " + key + ": give a list of ids");
  }

  /** A JSON object of a body; empty when missing; 400 when not an object. */
  static Map<String, Object> object(Map<String, @Nullable Object> body, String key) {
    Object v = body.get(key);
    if (v == null) {
      return new LinkedHashMap<>();
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw ApiError.invalid("Invalid value for " + key + ": give a JSON object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, val) -> out.put(String.valueOf(k), val));
    return out;
  }

  /** One page of {@code all}: {@code limit} (default {@code defaultLimit}, at most 500) from {@code offset}. */
  static <T> List<T> page(ApiRequest request, List<T> all, long defaultLimit) {
    long limit = request.queryLong("limit", defaultLimit);
    long offset = request.queryLong("offset", 0);
    if (limit < 1 || limit > 500) {
      throw ApiError.invalid("limit must be between 1 and 500, was " + limit);
    }
    if (offset < 0) {
      throw ApiError.invalid("offset must not be negative, was " + offset);
    }
    int from = (int) Math.min(offset, all.size());
    return all.subList(from, (int) Math.min(all.size(), from + limit));
  }
}
