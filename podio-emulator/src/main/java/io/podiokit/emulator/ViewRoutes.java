package io.podiokit.emulator;

import io.podiokit.emulator.AppRoutes.AppData;
import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Views: {@code /view/...}. A view keeps its conditions as Podio's list of {@code {key, values}}; items are filtered
 * by it through {@code /item/app/{app_id}/filter/{view_id}/}. Each user has a last view per app (set by
 * {@code PUT /view/app/{app_id}/last} or a filter with {@code remember}).
 */
final class ViewRoutes extends Area {

  /** A saved view. */
  record View(long id, long appId, String name, boolean isPrivate, @Nullable String sortBy, @Nullable Boolean sortDesc,
              List<Object> filters, String layout, Instant createdOn, Ref createdBy) {}

  private final ConcurrentHashMap<Long, View> views = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Map<String, @Nullable Object>> lastViews = new ConcurrentHashMap<>();

  ViewRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/view/app/{app_id}/", this::create);
    routes.get("/view/{view_id}", request -> {
      View view = find(request.caller(), request.id("view_id"));
      world.area(AppRoutes.class).visible(request.caller(), view.appId());
      return viewJson(view);
    });
    routes.get("/view/app/{app_id}/", request -> {
      AppData app = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id"));
      return views.values().stream().filter(v -> v.appId() == app.id() && canSee(request.caller(), v))
          .sorted((a, b) -> Long.compare(a.id(), b.id())).map(v -> (Object) viewJson(v)).toList();
    });
    routes.get("/view/app/{app_id}/last", request -> {
      AppData app = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id"));
      Map<String, @Nullable Object> last = lastViews.get(key(request.userId(), app.id()));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("view_id", 0L);
      m.put("name", "Last view");
      m.put("type", "private");
      m.put("sort_by", last == null ? "created_on" : last.get("sort_by"));
      m.put("sort_desc", last == null ? Boolean.TRUE : last.get("sort_desc"));
      m.put("filters", last == null ? List.of() : last.get("filters"));
      m.put("layout", last == null || last.get("layout") == null ? "table" : last.get("layout"));
      return m;
    });
    routes.put("/view/app/{app_id}/last", request -> {
      AppData app = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id"));
      remember(request.userId(), app.id(), request.object());
      return Reply.noContent();
    });
    routes.delete("/view/{view_id}", request -> {
      View view = find(request.caller(), request.id("view_id"));
      if (view.createdBy().isApp() ? !view.createdBy().equals(request.caller())
          : view.createdBy().id() != request.userId()) {
        throw ApiError.forbidden("Only the view's creator can delete it");
      }
      views.remove(view.id());
      return Reply.noContent();
    });
  }

  /** The conditions and order of view {@code viewId} of app {@code appId}, as a filter body; 404 otherwise. */
  Map<String, @Nullable Object> definition(Ref caller, long appId, long viewId) {
    View view = find(caller, viewId);
    if (view.appId() != appId) {
      throw ApiError.notFound("View " + viewId + " of app", appId);
    }
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("filters", view.filters());
    m.put("sort_by", view.sortBy());
    m.put("sort_desc", view.sortDesc());
    return m;
  }

  /** Stores a filter body as user {@code userId}'s last view of app {@code appId}. */
  void remember(long userId, long appId, Map<String, @Nullable Object> body) {
    AppData app = world.area(AppRoutes.class).visible(Ref.user(userId), appId);
    Map<String, @Nullable Object> last = new LinkedHashMap<>();
    last.put("filters", filters(app, body.get("filters")));
    last.put("sort_by", sortBy(app, body.get("sort_by")));
    last.put("sort_desc", body.get("sort_desc") instanceof Boolean b ? b : null);
    last.put("layout", body.get("layout") instanceof String l ? l : null);
    lastViews.put(key(userId, appId), last);
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    AppData app = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      throw ApiError.invalid("A view needs a name");
    }
    Object layout = body.get("layout") == null ? "table" : body.get("layout");
    if (!List.of("table", "badge", "card", "calendar", "stream", "kanban").contains(layout)) {
      throw ApiError.invalid("Invalid value for layout: " + Json.write(layout));
    }
    View view = new View(world.nextId("view", 800_000), app.id(), name,
        Boolean.TRUE.equals(body.get("private")), sortBy(app, body.get("sort_by")),
        body.get("sort_desc") instanceof Boolean b ? b : null, filters(app, body.get("filters")), (String) layout,
        world.now(), request.caller());
    views.put(view.id(), view);
    return Map.of("view_id", view.id());
  }

  private static @Nullable String sortBy(AppData app, @Nullable Object sortBy) {
    if (sortBy == null) {
      return null;
    }
    if (!(sortBy instanceof String s)) {
      throw ApiError.invalid("sort_by must be a text");
    }
    ItemRoutes.check(app, s);
    return s;
  }

  /** Conditions as Podio's list of {@code {key, values}}, from an object by key or such a list. */
  private static List<Object> filters(AppData app, @Nullable Object filters) {
    List<Object> out = new ArrayList<>();
    if (filters instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.add(condition(app, String.valueOf(k), v)));
    } else {
      for (Object o : AppRoutes.list(filters, "filters")) {
        Map<String, @Nullable Object> f = AppRoutes.map(o, "each filter");
        out.add(condition(app, String.valueOf(f.get("key")), f.get("values")));
      }
    }
    return out;
  }

  private static Map<String, Object> condition(AppData app, String key, @Nullable Object values) {
    ItemRoutes.check(app, key);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("values", values == null ? List.of() : values);
    return m;
  }

  private View find(Ref caller, long viewId) {
    View view = views.get(viewId);
    if (view == null) {
      throw ApiError.notFound("View", viewId);
    }
    if (!canSee(caller, view)) {
      throw ApiError.forbidden("View " + viewId + " is private to its creator");
    }
    return view;
  }

  private static boolean canSee(Ref caller, View view) {
    return !view.isPrivate() || view.createdBy().equals(caller);
  }

  private static String key(long userId, long appId) {
    return userId + ":" + appId;
  }

  private Map<String, Object> viewJson(View v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("view_id", v.id());
    m.put("name", v.name());
    m.put("type", v.isPrivate() ? "private" : "shared");
    m.put("sort_by", v.sortBy());
    m.put("sort_desc", v.sortDesc());
    m.put("filters", v.filters());
    m.put("layout", v.layout());
    m.put("created_on", World.PODIO_TIME.format(v.createdOn()));
    m.put("created_by", Collab.byLine(world, v.createdBy()));
    return m;
  }
}
