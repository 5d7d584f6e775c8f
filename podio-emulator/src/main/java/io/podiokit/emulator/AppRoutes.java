package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Apps and their fields: {@code /app/...}, {@code /app_store/...} and {@code /space/{space_id}/dependencies/}. Every
 * seeded app has a title field (external id {@code title}, id {@code app_id * 10 + 1}) and one field of each type
 * items can hold (see {@link #seedFields}); apps made through the API have the fields they were made with.
 */
final class AppRoutes extends Area {

  /** The field types items can hold and the emulator checks; other types are stored as sent. */
  static final Set<String> TYPES = Set.of("text", "number", "progress", "duration", "calculation", "money",
      "location", "date", "category", "app", "contact", "image", "file", "embed", "phone", "email", "tag");

  /** A field of an app. */
  record Field(long id, String externalId, String type, String label, String status, boolean required, int delta,
               Map<String, Object> settings) {
    Field withConfig(String label, boolean required, Map<String, Object> settings) {
      return new Field(id, externalId, type, label, status, required, delta, settings);
    }
  }

  /** An app. */
  record AppData(long id, long spaceId, String name, String itemName, String description, String type,
                 String status, String urlLabel, int position, List<Field> fields) {
    @Nullable Field field(String key) {
      for (Field f : fields) {
        if (f.externalId().equals(key) || Long.toString(f.id()).equals(key)) {
          return f;
        }
      }
      return null;
    }

    @Nullable Field field(long fieldId) {
      return field(Long.toString(fieldId));
    }

    AppData with(String name, String itemName, String description, String type, List<Field> fields) {
      return new AppData(id, spaceId, name, itemName, description, type, status, urlLabel, position, fields);
    }

    AppData withStatus(String status) {
      return new AppData(id, spaceId, name, itemName, description, type, status, urlLabel, position, fields);
    }

    AppData withPosition(int position) {
      return new AppData(id, spaceId, name, itemName, description, type, status, urlLabel, position, fields);
    }
  }

  private final ConcurrentHashMap<Long, AppData> apps = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Map<Long, Integer>> usage = new ConcurrentHashMap<>();

  AppRoutes(World world) {
    super(world);
    int position = 0;
    for (EmulatorState.App app : world.state.apps()) {
      apps.put(app.id(), new AppData(app.id(), EmulatorState.SPACE_ID, app.name(), "Item", "", "standard", "active",
          "app-" + app.id(), position++, seedFields(app.id(), app.titleFieldId())));
    }
    world.refs("app", id -> {
      AppData app = apps.get(id);
      if (app == null) {
        return null;
      }
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("type", "app");
      ref.put("id", id);
      ref.put("title", app.name());
      ref.put("link", link(app));
      ref.put("space_id", app.spaceId());
      return ref;
    });
  }

  /**
   * The seeded fields: {@code title} (text), {@code count} (number), {@code progress}, {@code effort} (duration),
   * {@code total} (calculation: the sum of the item's number fields), {@code price} (money, EUR or USD),
   * {@code place} (location), {@code due} (date), {@code status} (category: 1 Open, 2 Done, 3 Blocked),
   * {@code customer} (app relation to this app), {@code owner} (contact), {@code photo} (image),
   * {@code attachment} (file), {@code website} (embed), {@code phone}, {@code email} and {@code labels} (tag).
   */
  private List<Field> seedFields(long appId, long titleFieldId) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(titleFieldId, "title", "text", "Title", "active", false, 0,
        Map.of("size", "small", "format", "plain")));
    int delta = 1;
    for (Object[] f : new Object[][] {
        {"count", "number", "Count", Map.of("decimals", 2L)},
        {"progress", "progress", "Progress", Map.of()},
        {"effort", "duration", "Effort", Map.of("fields", List.of("days", "hours", "minutes"))},
        {"total", "calculation", "Total", Map.of("return_type", "number", "script", "sum of number fields")},
        {"price", "money", "Price", Map.of("allowed_currencies", List.of("EUR", "USD"))},
        {"place", "location", "Place", Map.of()},
        {"due", "date", "Due", Map.of("calendar", true, "end", "enabled", "time", "enabled")},
        {"status", "category", "Status", Map.of("multiple", false, "display", "inline", "options", List.of(
            option(1, "Open", "DCEBD8"), option(2, "Done", "D2E4EB"), option(3, "Blocked", "F7F0C5")))},
        {"customer", "app", "Customer", Map.of("multiple", true, "referenced_apps", List.of(Map.of("app_id", appId)))},
        {"owner", "contact", "Owner", Map.of("type", "space_users")},
        {"photo", "image", "Photo", Map.of()},
        {"attachment", "file", "Attachment", Map.of()},
        {"website", "embed", "Website", Map.of()},
        {"phone", "phone", "Phone", Map.of("possible_types", List.of("mobile", "work", "home", "other"))},
        {"email", "email", "Email", Map.of("possible_types", List.of("work", "home", "other"))},
        {"labels", "tag", "Labels", Map.of()}}) {
      @SuppressWarnings("unchecked")
      Map<String, Object> settings = (Map<String, Object>) f[3];
      fields.add(new Field(world.nextId("app_field", 500_000), (String) f[0], (String) f[1], (String) f[2], "active",
          false, delta++, settings));
    }
    return List.copyOf(fields);
  }

  private static Map<String, Object> option(long id, String text, String color) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", id);
    o.put("text", text);
    o.put("color", color);
    o.put("status", "active");
    return o;
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/app/{app_id}", request -> appJson(visible(request.caller(), request.id("app_id")),
        request.query("view", "full")));
    routes.get("/app/v2/", request -> {
      request.userId();
      String text = request.query("text", "").toLowerCase(Locale.ROOT);
      return limited(request, all().stream()
          .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(text)).map(a -> appJson(a, "mini")).toList());
    });
    routes.get("/app/top/", request -> limited(request, top(request.userId())));
    routes.get("/app/org/{org_id}/top/", request -> {
      long orgId = request.id("org_id");
      if (orgId != EmulatorState.ORG_ID) {
        throw ApiError.notFound("Organization", orgId);
      }
      return limited(request, top(request.userId()));
    });
    routes.get("/app/space/{space_id}/{url_label}", request -> {
      long spaceId = request.id("space_id");
      String label = request.param("url_label");
      return all().stream().filter(a -> a.spaceId() == spaceId && a.urlLabel().equals(label)
              && canSee(request.caller(), a.id())).findFirst().map(a -> appJson(a, "full"))
          .orElseThrow(() -> ApiError.notFound("App with url_label " + label + " in space", spaceId));
    });
    routes.get("/app/space/{space_id}/", request -> {
      long spaceId = request.id("space_id");
      boolean inactive = request.queryFlag("include_inactive", false);
      return all().stream().filter(a -> a.spaceId() == spaceId && (inactive || a.status().equals("active")))
          .filter(a -> canSee(request.caller(), a.id())).map(a -> appJson(a, "mini")).toList();
    });
    routes.post("/app/", this::create);
    routes.put("/app/{app_id}", this::update);
    routes.delete("/app/{app_id}", this::delete);
    routes.post("/app/{app_id}/install", request -> {
      AppData app = visible(request.caller(), request.id("app_id"));
      long spaceId = spaceId(request.object().get("space_id"));
      return Map.of("app_id", copy(app, spaceId, app.name(), request.caller()).id());
    });
    routes.put("/app/space/{space_id}/order", this::order);
    routes.post("/app/{app_id}/activate", request -> status(request, "active"));
    routes.post("/app/{app_id}/deactivate", request -> status(request, "inactive"));
    routes.put("/app/{app_id}/activate/{space_id}", request -> {
      long spaceId = request.id("space_id");
      AppData app = visible(request.caller(), request.id("app_id"));
      if (app.spaceId() != spaceId) {
        throw ApiError.invalid("App " + app.id() + " is not in space " + spaceId);
      }
      return status(request, "active");
    });
    routes.get("/app/{app_id}/calculation/", request -> visible(request.caller(), request.id("app_id")).fields()
        .stream().filter(f -> f.type().equals("calculation")).map(AppRoutes::fieldJson).toList());
    routes.get("/app/features/", request -> List.of("comments", "files", "tasks", "ratings", "tags", "reminders",
        "conversations", "items", "forms"));
    routes.get("/app/{app_id}/dependencies/", request -> {
      AppData app = visible(request.caller(), request.id("app_id"));
      Set<Long> seen = new LinkedHashSet<>();
      collect(app.id(), seen);
      return dependencies(seen);
    });
    routes.get("/space/{space_id}/dependencies/", request -> {
      long spaceId = request.id("space_id");
      Set<Long> inSpace = new LinkedHashSet<>();
      all().stream().filter(a -> a.spaceId() == spaceId && canSee(request.caller(), a.id()))
          .forEach(a -> inSpace.add(a.id()));
      return dependencies(inSpace);
    });
    routes.post("/app/{app_id}/field/", this::addField);
    routes.get("/app/{app_id}/field/{field_id}", request -> {
      AppData app = visible(request.caller(), request.id("app_id"));
      return fieldJson(field(app, request.id("field_id")));
    });
    routes.put("/app/{app_id}/field/{field_id}", this::updateField);
    routes.delete("/app/{app_id}/field/{field_id}", this::deleteField);
    routes.post("/app_store/{share_id}/install", request -> {
      long shareId = request.id("share_id");
      long spaceId = spaceId(request.object().get("space_id"));
      AppData template = apps.get(firstSeeded());
      if (template == null) {
        throw ApiError.notFound("Share", shareId);
      }
      AppData made = copy(template, spaceId, "Shared app " + shareId, request.caller());
      return Map.of("apps", List.of(appJson(made, "micro")));
    });
  }

  // ---- for other areas

  /** The app {@code appId} if {@code caller} may see it; Podio's 403 or 404 otherwise. */
  AppData visible(Ref caller, long appId) {
    if (caller.isApp() && caller.id() != appId) {
      throw ApiError.forbidden("This app authentication only gives access to app " + caller.id());
    }
    AppData app = apps.get(appId);
    if (app == null) {
      throw ApiError.notFound("App", appId);
    }
    return app;
  }

  /** Every app's id, in their order. */
  List<Long> appIds() {
    return all().stream().map(AppData::id).toList();
  }

  /** The app {@code appId}, or null. */
  @Nullable AppData app(long appId) {
    return apps.get(appId);
  }

  boolean canSee(Ref caller, long appId) {
    return caller.isApp() ? caller.id() == appId : apps.containsKey(appId);
  }

  /** Counts a use of {@code appId} by {@code userId}, for the top apps. */
  void used(Ref caller, long appId) {
    if (!caller.isApp()) {
      usage.computeIfAbsent(caller.id(), k -> new ConcurrentHashMap<>()).merge(appId, 1, Integer::sum);
    }
  }

  String link(AppData app) {
    return world.baseUrl() + "/app/" + app.id();
  }

  /** The app as Podio's micro view ({@code app_id}, {@code config} with name and item name, ...). */
  Map<String, Object> micro(AppData app) {
    return appJson(app, "micro");
  }

  // ---- handlers

  private List<AppData> all() {
    return apps.values().stream().filter(a -> !a.status().equals("deleted"))
        .sorted((a, b) -> a.position() != b.position() ? Integer.compare(a.position(), b.position())
            : Long.compare(a.id(), b.id())).toList();
  }

  private long firstSeeded() {
    return world.state.apps().isEmpty() ? 0 : world.state.apps().get(0).id();
  }

  private List<Object> top(long userId) {
    Map<Long, Integer> counts = usage.getOrDefault(userId, Map.of());
    return all().stream().sorted((a, b) -> Integer.compare(counts.getOrDefault(b.id(), 0),
        counts.getOrDefault(a.id(), 0))).map(a -> (Object) appJson(a, "mini")).toList();
  }

  private static List<Object> limited(ApiRequest request, List<?> list) {
    long limit = request.queryLong("limit", list.size());
    if (limit < 1) {
      throw ApiError.invalid("limit must be at least 1");
    }
    return new ArrayList<>(list.subList(0, (int) Math.min(limit, list.size())));
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    request.userId();
    Map<String, @Nullable Object> body = request.object();
    long spaceId = spaceId(body.get("space_id"));
    Map<String, Object> config = config(body.get("config"), true);
    long id = world.nextId("app", 2_000_000);
    List<Field> fields = new ArrayList<>();
    for (Object f : list(body.get("fields"), "fields")) {
      fields.add(newField(map(f, "each field"), fields));
    }
    AppData app = new AppData(id, spaceId, text(config, "name", ""), text(config, "item_name", "Item"),
        text(config, "description", ""), text(config, "type", "standard"), "active", "app-" + id, apps.size(),
        List.copyOf(fields));
    apps.put(id, app);
    publish("app.create", request, app);
    return Map.of("app_id", id);
  }

  private Reply update(ApiRequest request) throws IOException {
    AppData app = visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    Map<String, Object> config = body.get("config") == null ? Map.of() : config(body.get("config"), false);
    synchronized (this) {
      AppData current = visible(request.caller(), app.id());
      List<Field> fields = new ArrayList<>(current.fields());
      for (Object f : list(body.get("fields"), "fields")) {
        Map<String, @Nullable Object> m = map(f, "each field");
        if (m.get("field_id") != null) {
          Field old = field(current, ApiRequest.parseLong(String.valueOf(m.get("field_id")), "field_id"));
          fields.set(fields.indexOf(old), configured(old, m.get("config")));
        } else {
          fields.add(newField(m, fields));
        }
      }
      apps.put(app.id(), current.with(text(config, "name", current.name()), text(config, "item_name",
          current.itemName()), text(config, "description", current.description()), text(config, "type",
          current.type()), List.copyOf(fields)));
    }
    publish("app.update", request, app);
    return Reply.noContent();
  }

  private Reply delete(ApiRequest request) {
    AppData app = visible(request.caller(), request.id("app_id"));
    request.userId();
    apps.remove(app.id());
    world.area(ItemRoutes.class).appDeleted(app.id(), request.caller());
    publish("app.delete", request, app);
    return Reply.noContent();
  }

  private Reply status(ApiRequest request, String status) {
    AppData app = visible(request.caller(), request.id("app_id"));
    apps.computeIfPresent(app.id(), (k, a) -> a.withStatus(status));
    publish("app.update", request, app);
    return Reply.noContent();
  }

  private Reply order(ApiRequest request) throws IOException {
    long spaceId = request.id("space_id");
    request.userId();
    List<@Nullable Object> ids = request.array();
    int position = 0;
    synchronized (this) {
      for (Object o : ids) {
        long id = o instanceof Long l ? l : ApiRequest.parseLong(String.valueOf(o), "app_id");
        AppData app = apps.get(id);
        if (app == null || app.spaceId() != spaceId) {
          throw ApiError.invalid("App " + id + " is not an app of space " + spaceId);
        }
      }
      for (Object o : ids) {
        long id = o instanceof Long l ? l : ApiRequest.parseLong(String.valueOf(o), "app_id");
        int p = position++;
        apps.computeIfPresent(id, (k, a) -> a.withPosition(p));
      }
    }
    return Reply.noContent();
  }

  private AppData copy(AppData app, long spaceId, String name, Ref by) {
    long id = world.nextId("app", 2_000_000);
    List<Field> fields = new ArrayList<>();
    for (Field f : app.fields()) {
      Map<String, Object> settings = f.settings();
      if (f.type().equals("app") && settings.get("referenced_apps") instanceof List<?> refs
          && refs.stream().anyMatch(r -> r instanceof Map<?, ?> m && Long.valueOf(app.id()).equals(m.get("app_id")))) {
        settings = new LinkedHashMap<>(settings);
        settings.put("referenced_apps", List.of(Map.of("app_id", id)));
      }
      fields.add(new Field(world.nextId("app_field", 500_000), f.externalId(), f.type(), f.label(), f.status(),
          f.required(), f.delta(), Map.copyOf(settings)));
    }
    AppData made = new AppData(id, spaceId, name, app.itemName(), app.description(), app.type(), "active",
        "app-" + id, apps.size(), List.copyOf(fields));
    apps.put(id, made);
    world.publish(new World.Event("app.create", "app", id, by, Map.of("app_id", id, "space_id", spaceId)));
    return made;
  }

  private Map<String, Object> addField(ApiRequest request) throws IOException {
    AppData app = visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    Field made;
    synchronized (this) {
      AppData current = visible(request.caller(), app.id());
      List<Field> fields = new ArrayList<>(current.fields());
      made = newField(body, fields);
      fields.add(made);
      apps.put(app.id(), current.with(current.name(), current.itemName(), current.description(), current.type(),
          List.copyOf(fields)));
    }
    publish("app.update", request, app);
    return Map.of("field_id", made.id());
  }

  private Reply updateField(ApiRequest request) throws IOException {
    AppData app = visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    synchronized (this) {
      AppData current = visible(request.caller(), app.id());
      Field old = field(current, request.id("field_id"));
      List<Field> fields = new ArrayList<>(current.fields());
      fields.set(fields.indexOf(old), configured(old, body));
      apps.put(app.id(), current.with(current.name(), current.itemName(), current.description(), current.type(),
          List.copyOf(fields)));
    }
    publish("app.update", request, app);
    return Reply.noContent();
  }

  private Reply deleteField(ApiRequest request) {
    AppData app = visible(request.caller(), request.id("app_id"));
    synchronized (this) {
      AppData current = visible(request.caller(), app.id());
      Field old = field(current, request.id("field_id"));
      if (old.externalId().equals("title") && current.fields().stream().filter(f -> f.type().equals("text"))
          .count() == 1) {
        throw ApiError.invalid("The app's last text field, which gives items their titles, cannot be deleted");
      }
      List<Field> fields = new ArrayList<>(current.fields());
      fields.remove(old);
      apps.put(app.id(), current.with(current.name(), current.itemName(), current.description(), current.type(),
          List.copyOf(fields)));
    }
    if (request.queryFlag("delete_values", true)) {
      world.area(ItemRoutes.class).fieldDeleted(app.id(), request.id("field_id"));
    }
    publish("app.update", request, app);
    return Reply.noContent();
  }

  private void publish(String type, ApiRequest request, AppData app) {
    world.publish(new World.Event(type, "app", app.id(), request.caller(),
        Map.of("app_id", app.id(), "space_id", app.spaceId())));
  }

  // ---- request bodies

  private Field newField(Map<String, @Nullable Object> body, List<Field> existing) {
    Object type = body.get("type");
    if (!(type instanceof String t) || t.isBlank()) {
      throw ApiError.invalid("A field needs a type, one of " + new java.util.TreeSet<>(TYPES));
    }
    if (!TYPES.contains(t) && !t.matches("[a-z_]+")) {
      throw ApiError.invalid("Invalid value for type: '" + t + "'");
    }
    Map<String, @Nullable Object> config = map(body.get("config") == null ? Map.of() : body.get("config"), "config");
    Object label = config.get("label");
    if (!(label instanceof String l) || l.isBlank()) {
      throw ApiError.invalid("A field needs config.label");
    }
    String externalId = body.get("external_id") instanceof String e && !e.isBlank() ? e
        : l.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (externalId.isEmpty()) {
      externalId = t;
    }
    String base = externalId;
    for (int n = 2; taken(existing, externalId); n++) {
      externalId = base + "-" + n;
    }
    Field f = new Field(world.nextId("app_field", 500_000), externalId, t, l, "active", false, existing.size(),
        Map.of());
    return configured(f, config);
  }

  private static boolean taken(List<Field> fields, String externalId) {
    return fields.stream().anyMatch(f -> f.externalId().equals(externalId));
  }

  /** {@code field} with the label, required flag and settings of {@code config}; category options get ids. */
  private static Field configured(Field field, @Nullable Object config) {
    Map<String, @Nullable Object> c = map(config == null ? Map.of() : config, "config");
    String label = c.get("label") instanceof String l && !l.isBlank() ? l : field.label();
    boolean required = c.get("required") instanceof Boolean b ? b : field.required();
    Map<String, Object> settings = new LinkedHashMap<>(field.settings());
    if (c.get("settings") != null) {
      map(c.get("settings"), "config.settings").forEach((k, v) -> {
        if (v != null) {
          settings.put(k, v);
        }
      });
    }
    if (field.type().equals("category")) {
      List<Object> options = new ArrayList<>();
      long next = 1;
      for (Object o : list(settings.get("options"), "options")) {
        if (map(o, "each option").get("id") instanceof Long id) {
          next = Math.max(next, id + 1);
        }
      }
      for (Object o : list(settings.get("options"), "options")) {
        Map<String, @Nullable Object> option = map(o, "each option");
        if (!(option.get("text") instanceof String text)) {
          throw ApiError.invalid("Each category option needs a text");
        }
        long id = option.get("id") instanceof Long l ? l : next++;
        options.add(option(id, text, option.get("color") instanceof String col ? col : "DCEBD8"));
      }
      settings.put("options", options);
    }
    if (field.type().equals("money") && !settings.containsKey("allowed_currencies")) {
      settings.put("allowed_currencies", List.of("EUR", "USD", "GBP", "DKK"));
    }
    return field.withConfig(label, required, Map.copyOf(settings));
  }

  private static Map<String, Object> config(@Nullable Object value, boolean creating) {
    Map<String, @Nullable Object> c = map(value == null ? Map.of() : value, "config");
    Map<String, Object> out = new LinkedHashMap<>();
    if (creating && !(c.get("name") instanceof String n && !n.isBlank())) {
      throw ApiError.invalid("An app needs config.name");
    }
    out.put("name", c.get("name") instanceof String n ? n : "");
    out.put("item_name", c.get("item_name") instanceof String i ? i : "Item");
    out.put("description", c.get("description") instanceof String d ? d : "");
    Object type = c.get("type") == null ? "standard" : c.get("type");
    if (!List.of("standard", "meeting", "contact").contains(type)) {
      throw ApiError.invalid("Invalid value for config.type: '" + type + "'; one of standard, meeting, contact");
    }
    out.put("type", type);
    if (!creating) {
      c.forEach((k, v) -> {
        if (v == null) {
          out.remove(k);
        }
      });
      out.keySet().retainAll(c.keySet());
    }
    return out;
  }

  private static String text(Map<String, Object> config, String key, String fallback) {
    return config.get(key) instanceof String s ? s : fallback;
  }

  private long spaceId(@Nullable Object value) {
    if (!(value instanceof Long id)) {
      throw ApiError.invalid("Missing or invalid space_id");
    }
    if (id != EmulatorState.SPACE_ID && world.ref("space", id) == null) {
      throw ApiError.notFound("Space", id);
    }
    return id;
  }

  private static Field field(AppData app, long fieldId) {
    Field f = app.field(fieldId);
    if (f == null) {
      throw ApiError.notFound("Field", fieldId);
    }
    return f;
  }

  static List<?> list(@Nullable Object value, String name) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return l;
    }
    throw ApiError.invalid(name + " must be a list");
  }

  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> map(@Nullable Object value, String name) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, @Nullable Object>) m;
    }
    throw ApiError.invalid(name + " must be an object");
  }

  // ---- answers

  private void collect(long appId, Set<Long> seen) {
    if (!seen.add(appId)) {
      return;
    }
    for (long ref : references(appId)) {
      collect(ref, seen);
    }
  }

  /** The apps {@code appId}'s relationship fields point at. */
  List<Long> references(long appId) {
    AppData app = apps.get(appId);
    List<Long> out = new ArrayList<>();
    if (app != null) {
      for (Field f : app.fields()) {
        if (f.type().equals("app")) {
          referencedApps(f).stream().filter(id -> !out.contains(id)).forEach(out::add);
        }
      }
    }
    return out;
  }

  /** The apps a relationship field points at ({@code referenced_apps}: app ids or {@code {app_id}} objects). */
  List<Long> referencedApps(Field field) {
    List<Long> out = new ArrayList<>();
    for (Object r : list(field.settings().get("referenced_apps"), "referenced_apps")) {
      Object id = r instanceof Map<?, ?> m ? m.get("app_id") : r;
      if (id instanceof Long l) {
        out.add(l);
      }
    }
    return out;
  }

  private Map<String, Object> dependencies(Set<Long> appIds) {
    List<Object> list = new ArrayList<>();
    Map<String, Object> deps = new LinkedHashMap<>();
    for (long id : appIds) {
      AppData app = apps.get(id);
      if (app != null) {
        list.add(appJson(app, "micro"));
        deps.put(Long.toString(id), references(id));
      }
    }
    return Map.of("apps", list, "dependencies", deps);
  }

  private Map<String, Object> appJson(AppData app, String view) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", app.name());
    config.put("item_name", app.itemName());
    config.put("type", app.type());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app_id", app.id());
    m.put("config", config);
    if (view.equals("micro")) {
      m.put("link", link(app));
      return m;
    }
    config.put("description", app.description());
    config.put("icon", "1.png");
    m.put("status", app.status());
    m.put("space_id", app.spaceId());
    m.put("url_label", app.urlLabel());
    m.put("link", link(app));
    if (view.equals("full")) {
      m.put("fields", app.fields().stream().map(AppRoutes::fieldJson).toList());
    }
    return m;
  }

  static Map<String, Object> fieldJson(Field f) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("label", f.label());
    config.put("description", null);
    config.put("required", f.required());
    config.put("delta", f.delta());
    config.put("settings", f.settings());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field_id", f.id());
    m.put("external_id", f.externalId());
    m.put("type", f.type());
    m.put("label", f.label());
    m.put("status", f.status());
    m.put("config", config);
    return m;
  }
}
