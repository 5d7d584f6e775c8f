package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Flows of apps: {@code /flow/...}. A flow has a cause, conditions (its config) and effects; the emulator keeps them
 * and answers which attributes causes and effects offer, but does not run them.
 */
final class FlowRoutes extends Area {

  private static final Set<String> CAUSES = Set.of("item.create", "item.update", "item.delete", "comment.create");

  /** An attribute an effect takes. */
  private record Attr(String key, String label, String type, boolean required) {}

  /** The attributes each effect type takes. */
  private static final Map<String, List<Attr>> EFFECTS = Map.of(
      "task.create", List.of(new Attr("text", "Title", "text", true),
          new Attr("description", "Description", "text", false),
          new Attr("responsible", "Responsible", "profile", false),
          new Attr("due_date", "Due date", "date", false)),
      "comment.create", List.of(new Attr("value", "Comment", "text", true)),
      "item.create", List.of(new Attr("app_id", "App", "app", true),
          new Attr("fields", "Field values", "fields", true)),
      "item.update", List.of(new Attr("fields", "Field values", "fields", true)),
      "status.create", List.of(new Attr("value", "Status", "text", true)));

  record Flow(long id, String refType, long refId, String name, String cause, Map<String, Object> config,
              List<Object> effects, Instant createdOn) {}

  private final ConcurrentHashMap<Long, Flow> flows = new ConcurrentHashMap<>();

  FlowRoutes(World world) {
    super(world);
    world.refs("flow", id -> {
      Flow f = flows.get(id);
      return f == null ? null : Map.of("type", "flow", "id", id, "title", f.name(),
          "link", world.baseUrl() + "/app/" + f.refId() + "/flows/" + id);
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/flow/{flow_id}", request ->
        Owners.view(request, json(find(request.id("flow_id"))), "flow_id", "name"));
    routes.get("/flow/{ref_type}/{ref_id}/", request -> {
      App app = app(request);
      return flows.values().stream().filter(f -> f.refId() == app.id())
          .sorted((a, b) -> Long.compare(a.id(), b.id())).map(f -> (Object) json(f)).toList();
    });
    routes.post("/flow/{ref_type}/{ref_id}/", request -> {
      App app = app(request);
      Map<String, @Nullable Object> body = request.object();
      String cause = cause(body);
      Flow flow = new Flow(world.nextId("flow", 900_000), "app", app.id(), Collab.text(body, "name"), cause,
          Owners.object(body, "config"), effects(body), world.now());
      flows.put(flow.id(), flow);
      return Map.of("flow_id", flow.id());
    });
    routes.put("/flow/{flow_id}", request -> {
      Flow old = find(request.id("flow_id"));
      Map<String, @Nullable Object> body = request.object();
      if (body.get("type") != null && !old.cause().equals(body.get("type"))) {
        throw ApiError.invalid("A flow's cause cannot change (it is " + old.cause() + "); make a new flow");
      }
      flows.put(old.id(), new Flow(old.id(), old.refType(), old.refId(), Collab.text(body, "name"), old.cause(),
          Owners.object(body, "config"), effects(body), old.createdOn()));
      return Reply.noContent();
    });
    routes.delete("/flow/{flow_id}", request -> {
      if (flows.remove(request.id("flow_id")) == null) {
        throw ApiError.notFound("Flow", request.id("flow_id"));
      }
      return Reply.noContent();
    });
    routes.get("/flow/{flow_id}/context/", request -> {
      Flow flow = find(request.id("flow_id"));
      return causeAttributes(appOf(flow.refId()), flow.cause(), true);
    });
    routes.post("/flow/{ref_type}/{ref_id}/attributes/", request -> {
      App app = app(request);
      return causeAttributes(app, cause(request.object()), false);
    });
    routes.post("/flow/{ref_type}/{ref_id}/effect/attributes", request -> {
      app(request);
      Map<String, @Nullable Object> body = request.object();
      String type = Collab.text(body, "type");
      List<Attr> attributes = EFFECTS.get(type);
      if (attributes == null) {
        throw ApiError.invalid("Invalid effect type '" + type + "': give one of " + EFFECTS.keySet());
      }
      List<Object> out = new ArrayList<>();
      for (Attr a : attributes) {
        out.add(attribute(a.key(), a.label(), a.type(), a.required(), null));
      }
      return out;
    });
  }

  private App app(ApiRequest request) {
    String type = request.param("ref_type");
    if (!type.equals("app")) {
      throw ApiError.invalid("Invalid value for ref_type: flows belong to apps, was '" + type + "'");
    }
    long appId = request.id("ref_id");
    world.requireRef("app", appId);
    return appOf(appId);
  }

  private App appOf(long appId) {
    App app = world.state.app(appId);
    if (app == null) {
      throw ApiError.notFound("App", appId);
    }
    return app;
  }

  private Flow find(long flowId) {
    Flow flow = flows.get(flowId);
    if (flow == null) {
      throw ApiError.notFound("Flow", flowId);
    }
    return flow;
  }

  private static String cause(Map<String, @Nullable Object> body) {
    String cause = Collab.text(body, "type");
    if (!CAUSES.contains(cause)) {
      throw ApiError.invalid("Invalid value for type: '" + cause + "' is not one of " + CAUSES);
    }
    return cause;
  }

  private static List<Object> effects(Map<String, @Nullable Object> body) {
    if (!(body.get("effects") instanceof List<?> list) || list.isEmpty()) {
      throw ApiError.invalid("Missing value for effects: give at least one {\"type\": ..., \"values\": {...}}");
    }
    List<Object> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> e) || !(e.get("type") instanceof String type)) {
        throw ApiError.invalid("Each effect must be {\"type\": ..., \"values\": {...}}");
      }
      List<Attr> attributes = EFFECTS.get(type);
      if (attributes == null) {
        throw ApiError.invalid("Invalid effect type '" + type + "': give one of " + EFFECTS.keySet());
      }
      Map<?, ?> values = e.get("values") instanceof Map<?, ?> v ? v : Map.of();
      for (Attr a : attributes) {
        if (a.required() && values.get(a.key()) == null) {
          throw ApiError.invalid("Effect " + type + " needs a value for " + a.key());
        }
      }
      Map<String, Object> effect = new LinkedHashMap<>();
      effect.put("type", type);
      effect.put("values", values);
      out.add(effect);
    }
    return List.copyOf(out);
  }

  /** What a flow's conditions may test ({@code context == false}) or its effects insert ({@code true}). */
  private List<Object> causeAttributes(App app, String cause, boolean context) {
    String object = cause.startsWith("comment.") ? "comment" : "item";
    List<Object> out = new ArrayList<>();
    out.add(attribute("item.title", "Title", "text", false, context ? "{{item.title}}" : null));
    out.add(attribute("item.field." + app.titleFieldId(), "Title", "text", false,
        context ? "{{item.field." + app.titleFieldId() + "}}" : null));
    out.add(attribute("item.created_by", "Created by", "profile", false, context ? "{{item.created_by}}" : null));
    out.add(attribute("item.created_on", "Created on", "date", false, context ? "{{item.created_on}}" : null));
    if (context) {
      out.add(attribute("item.link", "Link", "link", false, "{{item.link}}"));
    }
    if (object.equals("comment")) {
      out.add(attribute("comment.value", "Comment", "text", false, context ? "{{comment.value}}" : null));
    }
    return out;
  }

  private static Map<String, Object> attribute(String key, String label, String type, boolean required,
                                               @Nullable String substitution) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("label", label);
    m.put("type", type);
    m.put("required", required);
    if (substitution != null) {
      m.put("substitution", substitution);
    }
    return m;
  }

  private Map<String, Object> json(Flow f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("flow_id", f.id());
    m.put("name", f.name());
    m.put("type", f.cause());
    m.put("status", "active");
    m.put("config", f.config());
    m.put("effects", f.effects());
    m.put("ref_type", f.refType());
    m.put("ref_id", f.refId());
    m.put("created_on", World.PODIO_TIME.format(f.createdOn()));
    return m;
  }
}
