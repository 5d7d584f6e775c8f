package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Widgets on dashboards of workspaces, organizations and users: {@code /widget/...}. Each dashboard keeps its
 * widgets' order; a new widget goes last.
 */
final class WidgetRoutes extends Area {

  private static final Set<String> OWNERS = Set.of("space", "org", "user");
  private static final Set<String> TYPES = Set.of("text", "image", "link", "tag_cloud", "contacts", "app_view",
      "files", "calculation");

  record Widget(long id, String refType, long refId, Map<String, Object> ref, String type, String title,
                Map<String, Object> config, Ref createdBy, Instant createdOn) {}

  private final ConcurrentHashMap<Long, Widget> widgets = new ConcurrentHashMap<>();
  /** Widget ids of each dashboard ({@code "space:1"}) in order; guarded by itself. */
  private final Map<String, List<Long>> order = new LinkedHashMap<>();

  WidgetRoutes(World world) {
    super(world);
    world.refs("widget", id -> {
      Widget w = widgets.get(id);
      return w == null ? null : Map.of("type", "widget", "id", id, "title", w.title(),
          "link", String.valueOf(w.ref().get("link")));
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/widget/{widget_id}", request ->
        Owners.view(request, json(find(request.id("widget_id")), false), "widget_id", "type", "title"));
    routes.get("/widget/{ref_type}/{ref_id}/", request -> {
      String key = dashboard(request);
      List<Object> out = new ArrayList<>();
      synchronized (order) {
        for (long id : order.getOrDefault(key, List.of())) {
          out.add(json(find(id), true));
        }
      }
      return out;
    });
    routes.post("/widget/{ref_type}/{ref_id}/", request -> {
      String key = dashboard(request);
      String refType = request.param("ref_type");
      long refId = request.id("ref_id");
      Map<String, @Nullable Object> body = request.object();
      String type = Collab.text(body, "type");
      if (!TYPES.contains(type)) {
        throw ApiError.invalid("Invalid value for type: '" + type + "' is not one of " + TYPES);
      }
      Widget w = new Widget(world.nextId("widget", 600_000), refType, refId,
          Owners.refJson(world.requireRef(refType, refId)), type, Collab.text(body, "title"),
          config(type, body), request.caller(), world.now());
      synchronized (order) {
        widgets.put(w.id(), w);
        order.computeIfAbsent(key, k -> new ArrayList<>()).add(w.id());
      }
      return json(w, false);
    });
    routes.put("/widget/{widget_id}", request -> {
      Widget old = find(request.id("widget_id"));
      Map<String, @Nullable Object> body = request.object();
      if (body.get("type") != null && !old.type().equals(body.get("type"))) {
        throw ApiError.invalid("A widget's type cannot change (it is " + old.type() + "); make a new widget");
      }
      widgets.put(old.id(), new Widget(old.id(), old.refType(), old.refId(), old.ref(), old.type(),
          Collab.text(body, "title"), config(old.type(), body), old.createdBy(), old.createdOn()));
      return Reply.noContent();
    });
    routes.delete("/widget/{widget_id}", request -> {
      Widget w = find(request.id("widget_id"));
      synchronized (order) {
        widgets.remove(w.id());
        order.getOrDefault(w.refType() + ":" + w.refId(), new ArrayList<>()).remove(w.id());
      }
      return Reply.noContent();
    });
    routes.put("/widget/{ref_type}/{ref_id}/order", request -> {
      String key = dashboard(request);
      List<Long> ids = new ArrayList<>();
      for (Object o : request.array()) {
        if (!(o instanceof Long id)) {
          throw ApiError.invalid("The body must be a list of widget ids");
        }
        ids.add(id);
      }
      synchronized (order) {
        List<Long> current = order.getOrDefault(key, List.of());
        if (ids.size() != current.size() || !new HashSet<>(ids).equals(new HashSet<>(current))) {
          throw ApiError.invalid("The order must list every widget of the dashboard once: " + current);
        }
        order.put(key, new ArrayList<>(ids));
      }
      return Reply.noContent();
    });
  }

  /** The dashboard a call names, {@code "space:1"}; 400 or 404 when it names none. */
  private String dashboard(ApiRequest request) {
    String type = request.param("ref_type");
    if (!OWNERS.contains(type)) {
      throw ApiError.invalid("Invalid value for ref_type: widgets are on " + OWNERS + ", was '" + type + "'");
    }
    long id = request.id("ref_id");
    world.requireRef(type, id);
    return type + ":" + id;
  }

  private Widget find(long widgetId) {
    Widget w = widgets.get(widgetId);
    if (w == null) {
      throw ApiError.notFound("Widget", widgetId);
    }
    return w;
  }

  private Map<String, Object> config(String type, Map<String, @Nullable Object> body) {
    Map<String, Object> config = Owners.object(body, "config");
    if (type.equals("app_view")) {
      if (!(config.get("app_id") instanceof Long appId)) {
        throw ApiError.invalid("An app_view widget needs config.app_id");
      }
      world.requireRef("app", appId);
    }
    return config;
  }

  private Map<String, Object> json(Widget w, boolean withData) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("widget_id", w.id());
    m.put("type", w.type());
    m.put("title", w.title());
    m.put("config", w.config());
    m.put("rights", List.of("view", "update", "delete"));
    m.put("ref", w.ref());
    m.put("created_on", World.PODIO_TIME.format(w.createdOn()));
    m.put("created_by", Collab.byLine(world, w.createdBy()));
    if (withData) {
      Map<String, Object> data = new LinkedHashMap<>();
      switch (w.type()) {
        case "text" -> data.put("text", w.config().getOrDefault("text", ""));
        case "link" -> data.put("links", w.config().getOrDefault("links", List.of()));
        case "app_view" -> {
          Map<String, Object> app = w.config().get("app_id") instanceof Long id ? world.ref("app", id) : null;
          data.put("app", app == null ? Map.of() : Owners.refJson(app));
        }
        default -> { }
      }
      m.put("data", data);
    }
    return m;
  }
}
