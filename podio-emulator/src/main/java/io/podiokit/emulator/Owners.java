package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.User;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the areas on other objects (conversations, grants, forms, flows, widgets, integrations, imports, batches)
 * share beyond {@link Collab}: the object they belong to as a reference, an answer cut down to its micro view, and
 * the optional values of a JSON body.
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

  /** An optional text of a JSON body. */
  static @Nullable String optionalText(Map<String, @Nullable Object> body, String key) {
    Object v = body.get(key);
    if (v != null && !(v instanceof String)) {
      throw ApiError.invalid("Invalid value for " + key + ": give it as text");
    }
    return (String) v;
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
}
