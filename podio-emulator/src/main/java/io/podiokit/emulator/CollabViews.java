package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the collaboration areas (notifications, stream, calendar, search, actions, votings) share: by-lines, pages of
 * a list, and the values they read from references and event data.
 */
final class CollabViews {

  private CollabViews() {}

  /** Podio's {@code created_by}: who a user or an app is. */
  static Map<String, Object> byLine(World world, Ref who) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", who.type());
    m.put("id", who.id());
    if (who.isApp()) {
      EmulatorState.App app = world.state.app(who.id());
      m.put("name", app == null ? "App " + who.id() : app.name());
      m.put("url", world.baseUrl() + "/app/" + who.id());
    } else {
      EmulatorState.User user = world.state.user(who.id());
      m.put("name", user == null ? "User " + who.id() : user.name());
      m.put("url", world.baseUrl() + "/users/" + who.id());
    }
    return m;
  }

  /** The name a by-line shows. */
  static String name(World world, Ref who) {
    return String.valueOf(byLine(world, who).get("name"));
  }

  /**
   * The page {@code offset}..{@code offset + limit} of {@code all}, from the request's {@code limit} and
   * {@code offset} query parameters; 400 when they are out of range.
   */
  static <T> List<T> page(List<T> all, ApiRequest request, long defaultLimit, long maxLimit) {
    long limit = request.queryLong("limit", defaultLimit);
    long offset = request.queryLong("offset", 0);
    return page(all, limit, offset, maxLimit);
  }

  /** The page {@code offset}..{@code offset + limit} of {@code all}; 400 when they are out of range. */
  static <T> List<T> page(List<T> all, long limit, long offset, long maxLimit) {
    if (limit < 1 || limit > maxLimit) {
      throw ApiError.invalid("Invalid value for limit: must be between 1 and " + maxLimit + ", was " + limit);
    }
    if (offset < 0) {
      throw ApiError.invalid("Invalid value for offset: must not be negative, was " + offset);
    }
    int from = (int) Math.min(offset, all.size());
    int to = (int) Math.min(all.size(), from + limit);
    return List.copyOf(all.subList(from, to));
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
  static @Nullable String text(@Nullable Map<String, ?> map, String key) {
    Object v = map == null ? null : map.get(key);
    return v == null ? null : String.valueOf(v);
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
    String refType = text(ref, "ref_type");
    Long refId = longValue(ref, "ref_id");
    return refType == null || refId == null || refType.equals(type) ? null : spaceOf(world, refType, refId);
  }

  /** The organization a workspace belongs to; the emulator's one organization when the space area does not say. */
  static long orgOf(World world, long spaceId) {
    Long org = longValue(world.ref("space", spaceId), "org_id");
    return org != null ? org : EmulatorState.ORG_ID;
  }

  /** The app an object belongs to (an item's app, or that of the item a task points at), or {@code null}. */
  static @Nullable Long appOf(World world, String type, long id) {
    Map<String, Object> ref = world.ref(type, id);
    Long appId = longValue(ref, "app_id");
    if (appId != null || ref == null) {
      return appId;
    }
    String refType = text(ref, "ref_type");
    Long refId = longValue(ref, "ref_id");
    return refType == null || refId == null || refType.equals(type) ? null : appOf(world, refType, refId);
  }

  /** Whether {@code caller} may see an object: apps see only their own app's objects, users see everything. */
  static boolean visible(World world, Ref caller, String type, long id) {
    if (!caller.isApp()) {
      return true;
    }
    Long appId = appOf(world, type, id);
    return appId != null && appId == caller.id();
  }
}
