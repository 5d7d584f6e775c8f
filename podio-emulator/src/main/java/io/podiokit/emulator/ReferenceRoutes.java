package io.podiokit.emulator;

import io.podiokit.emulator.AppRoutes.AppData;
import io.podiokit.emulator.AppRoutes.Field;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * References to objects: {@code /reference/...}. Any referenceable object (every area registers its own types) is
 * answered as {@code {type, id, title, link, data}}; search finds items (and apps) by title; resolve reads the
 * emulator's own item and app links.
 */
final class ReferenceRoutes extends Area {

  private static final Pattern ITEM_LINK = Pattern.compile("/app/(\\d+)/items/(\\d+)/?");
  private static final Pattern APP_LINK = Pattern.compile("/app/(\\d+)/?");

  ReferenceRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/reference/{ref_type}/{ref_id}", request ->
        reference(world.requireRef(request.param("ref_type"), request.id("ref_id"))));
    routes.post("/reference/search", this::search);
    routes.get("/reference/resolve", request -> {
      String url = request.query("url");
      if (url == null || url.isBlank()) {
        throw ApiError.invalid("Missing query parameter url");
      }
      String path;
      try {
        path = URI.create(url.trim()).getPath();
      } catch (IllegalArgumentException e) {
        throw ApiError.invalid("'" + url + "' is not a URL");
      }
      Matcher item = ITEM_LINK.matcher(path == null ? "" : path);
      if (item.matches()) {
        long appId = Long.parseLong(item.group(1));
        world.area(AppRoutes.class).visible(request.caller(), appId);
        Long itemId = world.area(ItemRoutes.class).itemId(appId, Long.parseLong(item.group(2)));
        if (itemId != null) {
          return reference(world.requireRef("item", itemId));
        }
      }
      Matcher app = APP_LINK.matcher(path == null ? "" : path);
      if (app.matches()) {
        long appId = Long.parseLong(app.group(1));
        world.area(AppRoutes.class).visible(request.caller(), appId);
        return reference(world.requireRef("app", appId));
      }
      throw new ApiError(404, "not_found", "No object found at " + url);
    });
  }

  private List<Object> search(ApiRequest request) throws IOException {
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("target") instanceof String target) || target.isBlank()) {
      throw ApiError.invalid("Missing target");
    }
    String text = body.get("text") instanceof String t ? t : "";
    int limit = body.get("limit") instanceof Long l ? (int) Math.max(1, Math.min(l, 100)) : 10;
    List<Object> groups = new ArrayList<>();
    if (target.equals("item_field")) {
      Map<String, @Nullable Object> params = AppRoutes.map(body.get("target_params") == null ? Map.of()
          : body.get("target_params"), "target_params");
      if (!(params.get("field_id") instanceof Long fieldId)) {
        throw ApiError.invalid("target item_field needs target_params.field_id");
      }
      Field field = relationField(request, fieldId);
      groups.add(group("Items", world.area(ItemRoutes.class).search(request.caller(),
          world.area(AppRoutes.class).referencedApps(field), text, limit)));
      return groups;
    }
    groups.add(group("Items", world.area(ItemRoutes.class).search(request.caller(), null, text, limit)));
    List<Map<String, Object>> apps = new ArrayList<>();
    AppRoutes appRoutes = world.area(AppRoutes.class);
    for (long appId : appRoutes.appIds()) {
      Map<String, Object> ref = world.ref("app", appId);
      if (ref != null && appRoutes.canSee(request.caller(), appId) && apps.size() < limit
          && String.valueOf(ref.get("title")).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
        apps.add(ref);
      }
    }
    groups.add(group("Apps", apps));
    return groups;
  }

  private Field relationField(ApiRequest request, long fieldId) {
    AppRoutes apps = world.area(AppRoutes.class);
    for (long appId : apps.appIds()) {
      AppData app = apps.app(appId);
      Field f = app == null ? null : app.field(fieldId);
      if (f != null && f.type().equals("app")) {
        apps.visible(request.caller(), appId);
        return f;
      }
    }
    throw ApiError.notFound("Relationship field", fieldId);
  }

  private Map<String, Object> group(String name, List<Map<String, Object>> refs) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("contents", refs.stream().map(r -> (Object) reference(r)).toList());
    return m;
  }

  private static Map<String, Object> reference(Map<String, Object> ref) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> data = new LinkedHashMap<>();
    ref.forEach((k, v) -> {
      if (List.of("type", "id", "title", "link").contains(k)) {
        m.put(k, v);
      } else {
        data.put(k, v);
      }
    });
    m.put("data", data);
    return m;
  }
}
