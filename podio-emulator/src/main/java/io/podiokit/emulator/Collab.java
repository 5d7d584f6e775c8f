package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the areas answer alike: who did something (Podio's by-line), a user as a contact, an object as a reference,
 * the app, workspace and organization an object belongs to, one page of a list, write options on events, and the
 * checked values of a JSON body.
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

  /** The name a by-line shows. */
  static String name(World world, Ref who) {
    return String.valueOf(byLine(world, who).get("name"));
  }

  /**
   * The app an object belongs to: an app itself, its reference's {@code app_id}, or the app of the object a comment,
   * task or file is on; {@code null} when none.
   */
  static @Nullable Long appOf(World world, String type, long id) {
    if (type.equals("app")) {
      return id;
    }
    Map<String, Object> ref = world.ref(type, id);
    Long appId = longValue(ref, "app_id");
    if (appId != null || ref == null) {
      return appId;
    }
    String refType = textOf(ref, "ref_type");
    Long refId = longValue(ref, "ref_id");
    return refType == null || refId == null || refType.equals(type) ? null : appOf(world, refType, refId);
  }

  /**
   * The workspace an object belongs to: its reference's {@code space_id}, or that of the object a task or comment
   * points at, or that of an item's or a task's app; {@code null} when it has none (a private task).
   */
  static @Nullable Long spaceOf(World world, String type, long id) {
    if (type.equals("space")) {
      return id;
    }
    Map<String, Object> ref = world.ref(type, id);
    if (ref == null) {
      return null;
    }
    Long space = longValue(ref, "space_id");
    if (space != null) {
      return space;
    }
    Long appId = longValue(ref, "app_id");
    if (appId != null) {
      return longValue(world.ref("app", appId), "space_id");
    }
    String refType = textOf(ref, "ref_type");
    Long refId = longValue(ref, "ref_id");
    return refType == null || refId == null || refType.equals(type) ? null : spaceOf(world, refType, refId);
  }

  /** The organization a workspace belongs to; the emulator's one organization when the space area does not say. */
  static long orgOf(World world, long spaceId) {
    Long org = longValue(world.ref("space", spaceId), "org_id");
    return org != null ? org : EmulatorState.ORG_ID;
  }

  /** Whether {@code caller} may see an object: apps see only their own app's objects, users see everything. */
  static boolean visible(World world, Ref caller, String type, long id) {
    if (!caller.isApp()) {
      return true;
    }
    Long appId = appOf(world, type, id);
    return appId != null && appId == caller.id();
  }

  /** A whole number from an event's data or a reference, or {@code null}. */
  static @Nullable Long longValue(@Nullable Map<String, ?> map, String key) {
    if (map == null) {
      return null;
    }
    Object v = map.get(key);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s && !s.isEmpty()) {
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A text from an event's data or a reference, or {@code null}. */
  static @Nullable String textOf(@Nullable Map<String, ?> map, String key) {
    Object v = map == null ? null : map.get(key);
    return v == null ? null : String.valueOf(v);
  }

  /**
   * One page of {@code all} from the query's {@code offset} and {@code limit}; 400 for a limit outside 1 to
   * {@code max} or a negative offset.
   */
  static <T> List<T> page(ApiRequest request, List<T> all, long defaultLimit, long max) {
    return page(all, request.queryLong("limit", defaultLimit), request.queryLong("offset", 0), max);
  }

  /** The page {@code offset}..{@code offset + limit} of {@code all}; 400 when they are out of range. */
  static <T> List<T> page(List<T> all, long limit, long offset, long max) {
    if (limit < 1 || limit > max) {
      throw ApiError.invalid("Invalid value for limit: must be between 1 and " + max + ", was " + limit);
    }
    if (offset < 0) {
      throw ApiError.invalid("Invalid value for offset: must not be negative, was " + offset);
    }
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min(all.size(), from + limit);
    return new ArrayList<>(all.subList(from, to));
  }

  /**
   * The keys ({@code type:id}) of the objects of {@code types} that exist, kept up to date from the world's events:
   * added on create and update, removed on delete.
   */
  static Set<String> existing(World world, Set<String> types) {
    Set<String> keys = ConcurrentHashMap.newKeySet();
    world.subscribe(e -> {
      if (!types.contains(e.refType())) {
        return;
      }
      String key = e.refType() + ":" + e.refId();
      if (e.type().endsWith(".delete")) {
        keys.remove(key);
      } else if (e.type().endsWith(".create") || e.type().endsWith(".update")) {
        keys.add(key);
      }
    });
    return keys;
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
      throw ApiError.invalid("Missing or invalid value for " + name + ": give it as non-blank text");
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
