package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Integrations of apps: {@code /integration/{app_id}}, at most one per app. Inactive until it has a mapping; a
 * refresh records when the source was last read (the emulator reads no external source).
 */
final class IntegrationRoutes extends Area {

  record Integration(long id, long appId, String type, boolean silent, Map<String, Object> config,
                     Map<String, Object> mapping, @Nullable Instant lastUpdatedOn, Ref createdBy,
                     Instant createdOn) {}

  private final ConcurrentHashMap<Long, Integration> byApp = new ConcurrentHashMap<>();

  IntegrationRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/integration/{app_id}", request ->
        Owners.view(request, json(find(request)), "integration_id", "app_id", "type"));
    routes.post("/integration/{app_id}", request -> {
      long appId = request.id("app_id");
      world.requireRef("app", appId);
      Map<String, @Nullable Object> body = request.object();
      Integration created = new Integration(world.nextId("integration", 400_000), appId, Collab.text(body, "type"),
          flag(body, false), Owners.object(body, "config"), Owners.object(body, "mapping"), null, request.caller(),
          world.now());
      if (byApp.putIfAbsent(appId, created) != null) {
        throw ApiError.conflict("App " + appId + " has an integration already; update or delete it");
      }
      return Map.of("integration_id", created.id());
    });
    routes.put("/integration/{app_id}", request -> {
      Integration old = find(request);
      Map<String, @Nullable Object> body = request.object();
      if (body.get("type") != null && !old.type().equals(body.get("type"))) {
        throw ApiError.invalid("An integration's type cannot change (it is " + old.type() + ")");
      }
      byApp.put(old.appId(), new Integration(old.id(), old.appId(), old.type(), flag(body, old.silent()),
          body.containsKey("config") ? Owners.object(body, "config") : old.config(),
          body.get("mapping") != null ? Owners.object(body, "mapping") : old.mapping(), old.lastUpdatedOn(),
          old.createdBy(), old.createdOn()));
      return Reply.noContent();
    });
    routes.delete("/integration/{app_id}", request -> {
      byApp.remove(find(request).appId());
      return Reply.noContent();
    });
    routes.post("/integration/{app_id}/refresh", request -> {
      Integration old = find(request);
      if (old.mapping().isEmpty()) {
        throw ApiError.invalid("The integration of app " + old.appId() + " has no mapping yet; set one first");
      }
      byApp.put(old.appId(), new Integration(old.id(), old.appId(), old.type(), old.silent(), old.config(),
          old.mapping(), world.now(), old.createdBy(), old.createdOn()));
      return Reply.noContent();
    });
  }

  private Integration find(ApiRequest request) {
    long appId = request.id("app_id");
    world.requireRef("app", appId);
    Integration i = byApp.get(appId);
    if (i == null) {
      throw new ApiError(404, "not_found", "App " + appId + " has no integration");
    }
    return i;
  }

  private static boolean flag(Map<String, @Nullable Object> body, boolean fallback) {
    Object v = body.get("silent");
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Boolean b)) {
      throw ApiError.invalid("Invalid value for silent: give true or false");
    }
    return b;
  }

  private Map<String, Object> json(Integration i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("integration_id", i.id());
    m.put("app_id", i.appId());
    m.put("status", i.mapping().isEmpty() ? "inactive" : "active");
    m.put("type", i.type());
    m.put("silent", i.silent());
    m.put("config", i.config());
    m.put("mapping", i.mapping());
    m.put("updating", false);
    if (i.lastUpdatedOn() != null) {
      m.put("last_updated_on", World.PODIO_TIME.format(i.lastUpdatedOn()));
    }
    m.put("created_on", World.PODIO_TIME.format(i.createdOn()));
    m.put("created_by", Collab.byLine(world, i.createdBy()));
    return m;
  }
}
