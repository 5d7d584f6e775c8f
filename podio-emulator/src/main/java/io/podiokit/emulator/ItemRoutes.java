package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Items: {@code /item/...}. Each app starts with three items. */
final class ItemRoutes extends Area {

  private static final int SEEDED_ITEMS_PER_APP = 3;
  private static final int MAX_FILTER_LIMIT = 500;

  record Item(long itemId, long appId, long appItemId, String title, long revision, Instant createdOn) {}

  private final ConcurrentHashMap<Long, Item> items = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, AtomicLong> appItemIds = new ConcurrentHashMap<>();

  ItemRoutes(World world) {
    super(world);
    Instant now = world.now();
    for (App app : world.state.apps()) {
      for (int i = 1; i <= SEEDED_ITEMS_PER_APP; i++) {
        create(app.id(), app.name() + " item " + i, now);
      }
    }
    world.refs("item", id -> {
      Item item = items.get(id);
      return item == null ? null : Map.of("type", "item", "id", id, "title", item.title(), "link", link(item));
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/item/{item_id}", request -> itemJson(visible(request.caller(), request.id("item_id"))));
    routes.put("/item/{item_id}", this::update);
    routes.delete("/item/{item_id}", request -> {
      long itemId = request.id("item_id");
      visible(request.caller(), itemId);
      if (items.remove(itemId) == null) {
        throw ApiError.notFound("Item", itemId);
      }
      return Reply.noContent();
    });
    routes.post("/item/app/{app_id}/", this::create);
    routes.post("/item/app/{app_id}/filter/", request ->
        filter(world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")), request.object()));
  }

  private Item create(long appId, String title, Instant now) {
    long appItemId = appItemIds.computeIfAbsent(appId, k -> new AtomicLong()).incrementAndGet();
    Item item = new Item(world.nextId("item", 100_000), appId, appItemId, title, 0, now);
    items.put(item.itemId(), item);
    return item;
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    App app = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id"));
    Item item = create(app.id(), title(request.object(), app, ""), world.now());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item_id", item.itemId());
    m.put("app_item_id", item.appItemId());
    m.put("title", item.title());
    m.put("revision", item.revision());
    m.put("link", link(item));
    return m;
  }

  private Map<String, Object> update(ApiRequest request) throws IOException {
    long itemId = request.id("item_id");
    Item item = visible(request.caller(), itemId);
    String title = title(request.object(), world.state.app(item.appId()), item.title());
    Item updated = items.computeIfPresent(itemId, (k, i) ->
        new Item(i.itemId(), i.appId(), i.appItemId(), title, i.revision() + 1, i.createdOn()));
    if (updated == null) {
      throw ApiError.notFound("Item", itemId);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("revision", updated.revision());
    m.put("title", updated.title());
    return m;
  }

  private Item visible(Ref caller, long itemId) {
    Item item = items.get(itemId);
    if (item == null) {
      throw ApiError.notFound("Item", itemId);
    }
    if (!world.state.canSeeApp(caller, item.appId())) {
      throw ApiError.forbidden("This app authentication only gives access to the items of app " + caller.id());
    }
    return item;
  }

  private Map<String, Object> itemJson(Item item) {
    App app = world.state.app(item.appId());
    Map<String, Object> appRef = new LinkedHashMap<>();
    appRef.put("app_id", item.appId());
    appRef.put("config", Map.of("name", app == null ? "" : app.name()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item_id", item.itemId());
    m.put("app_item_id", item.appItemId());
    m.put("title", item.title());
    m.put("revision", item.revision());
    m.put("created_on", World.PODIO_TIME.format(item.createdOn()));
    m.put("link", link(item));
    m.put("app", appRef);
    m.put("fields", app == null ? List.of() : List.of(AppRoutes.titleField(app, item.title())));
    return m;
  }

  private String link(Item item) {
    return world.baseUrl() + "/app/" + item.appId() + "/items/" + item.appItemId();
  }

  private Map<String, Object> filter(App app, Map<String, @Nullable Object> body) {
    long limit = number(body.get("limit"), 30, "limit");
    long offset = number(body.get("offset"), 0, "offset");
    if (limit < 1 || limit > MAX_FILTER_LIMIT) {
      throw ApiError.invalid("limit must be between 1 and " + MAX_FILTER_LIMIT);
    }
    if (offset < 0) {
      throw ApiError.invalid("offset must not be negative");
    }
    List<Item> all = items.values().stream().filter(i -> i.appId() == app.id())
        .sorted((a, b) -> Long.compare(a.itemId(), b.itemId())).toList();
    List<Object> page = new ArrayList<>();
    for (int i = (int) Math.min(offset, all.size()); i < all.size() && page.size() < limit; i++) {
      page.add(itemJson(all.get(i)));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", all.size());
    m.put("filtered", all.size());
    m.put("items", page);
    return m;
  }

  private static long number(@Nullable Object value, long fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Long l) {
      return l;
    }
    throw ApiError.invalid(name + " must be a whole number");
  }

  /** The title an item body sets, from {@code {"fields": {"title": ...}}} or a list of field objects. */
  private static String title(Map<String, @Nullable Object> body, @Nullable App app, String current) {
    Object fields = body.get("fields");
    if (fields == null) {
      return current;
    }
    String title = current;
    if (fields instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        checkField(String.valueOf(e.getKey()), app);
        title = text(e.getValue());
      }
    } else if (fields instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> field)) {
          throw ApiError.invalid("Each entry of fields must be an object");
        }
        Object key = field.get("external_id") != null ? field.get("external_id") : field.get("field_id");
        checkField(String.valueOf(key), app);
        title = text(field.get("values"));
      }
    } else {
      throw ApiError.invalid("fields must be an object or a list");
    }
    return title;
  }

  private static void checkField(String key, @Nullable App app) {
    if (!key.equals("title") && (app == null || !key.equals(Long.toString(app.titleFieldId())))) {
      throw ApiError.invalid("No field with external_id or field_id '" + key + "' in this app");
    }
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> m) {
      return text(m.get("value"));
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? "" : text(l.get(0));
    }
    return String.valueOf(value);
  }
}
