package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Apps and their fields: {@code /app/...}. */
final class AppRoutes extends Area {

  AppRoutes(World world) {
    super(world);
    world.refs("app", id -> {
      App app = world.state.app(id);
      return app == null ? null : Map.of("type", "app", "id", id, "title", app.name(),
          "link", world.baseUrl() + "/app/" + id);
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/app/{app_id}", request -> appJson(visible(request.caller(), request.id("app_id"))));
  }

  /** The app {@code appId} if {@code caller} may see it; Podio's 403 or 404 otherwise. */
  App visible(Ref caller, long appId) {
    if (caller.isApp() && caller.id() != appId) {
      throw ApiError.forbidden("This app authentication only gives access to app " + caller.id());
    }
    App app = world.state.app(appId);
    if (app == null || !world.state.canSeeApp(caller, appId)) {
      throw ApiError.notFound("App", appId);
    }
    return app;
  }

  private Map<String, Object> appJson(App app) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", app.name());
    config.put("item_name", "Item");
    config.put("type", "standard");
    config.put("description", "");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app_id", app.id());
    m.put("status", "active");
    m.put("space_id", EmulatorState.SPACE_ID);
    m.put("url_label", "app-" + app.id());
    m.put("link", world.baseUrl() + "/app/" + app.id());
    m.put("config", config);
    m.put("fields", List.of(titleField(app, null)));
    return m;
  }

  /** The app's title field, with {@code value} when it describes an item's value. */
  static Map<String, Object> titleField(App app, @Nullable String value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("field_id", app.titleFieldId());
    f.put("external_id", "title");
    f.put("type", "text");
    f.put("label", "Title");
    if (value != null) {
      f.put("values", List.of(Map.of("value", value)));
    } else {
      f.put("status", "active");
      f.put("config", Map.of("label", "Title", "required", false));
    }
    return f;
  }
}
