package io.podiokit.emulator;

import io.podiokit.emulator.AppRoutes.AppData;
import io.podiokit.emulator.AppRoutes.Field;
import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.FieldCodec.DateValue;
import io.podiokit.emulator.FieldCodec.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Items: {@code /item/...}, {@code /app/{app_id}/item/...} and an item field's iCal feed. Each app starts with three
 * items. Values are checked against the fields' types (Podio's 400 otherwise); every change of values makes a
 * revision, which diffs and reverts read. Filters work on text, number-like, category, relationship, contact and
 * date fields and on {@code created_on}, {@code last_edit_on}, {@code created_by}, {@code title} and
 * {@code item_id}. Every item is guarded by one lock; events are published after it is released.
 */
final class ItemRoutes extends Area {

  private static final int SEEDED_ITEMS_PER_APP = 3;
  private static final int MAX_FILTER_LIMIT = 500;

  /** One revision: its number, id, kind, time, author and the values it left. */
  record Revision(int revision, long id, String type, Instant on, Ref by, Map<Long, List<Object>> values) {}

  /** An item; guarded by the routes' lock. */
  static final class ItemData {
    final long id;
    final long appId;
    final long appItemId;
    final Instant createdOn;
    final Ref createdBy;
    @Nullable String externalId;
    Map<Long, List<Object>> values = new LinkedHashMap<>();
    List<String> tags = List.of();
    List<Long> fileIds = List.of();
    Instant lastEventOn;
    final List<Revision> revisions = new ArrayList<>();
    @Nullable Map<String, Object> ref;
    @Nullable String participation;

    ItemData(long id, long appId, long appItemId, Instant createdOn, Ref createdBy) {
      this.id = id;
      this.appId = appId;
      this.appItemId = appItemId;
      this.createdOn = createdOn;
      this.createdBy = createdBy;
      this.lastEventOn = createdOn;
    }

    int revision() {
      return revisions.get(revisions.size() - 1).revision();
    }
  }

  /** What a write changed, to publish once the lock is released. */
  private record Change(String type, ItemData item, String title, @Nullable Long revisionId) {}

  private final Object lock = new Object();
  private final Map<Long, ItemData> items = new HashMap<>();
  private final Map<Long, Long> appItemIds = new HashMap<>();
  private final FieldCodec codec;

  ItemRoutes(World world) {
    super(world);
    this.codec = new FieldCodec(world);
    world.refs("item", this::ref);
  }

  @Override
  void routes(RouteTable routes) {
    seed();
    routes.get("/item/{item_id}", request -> read(request, request.id("item_id"), this::itemJson));
    routes.get("/item/{item_id}/basic", request -> read(request, request.id("item_id"), this::itemJson));
    routes.get("/app/{app_id}/item/{app_item_id}", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      long appItemId = request.id("app_item_id");
      synchronized (lock) {
        return items.values().stream().filter(i -> i.appId == app.id() && i.appItemId == appItemId).findFirst()
            .map(this::itemJson).orElseThrow(() -> ApiError.notFound("Item with app_item_id", appItemId));
      }
    });
    routes.get("/item/app/{app_id}/external_id/{external_id}", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      String externalId = request.param("external_id");
      synchronized (lock) {
        return items.values().stream().filter(i -> i.appId == app.id() && externalId.equals(i.externalId))
            .findFirst().map(this::itemJson)
            .orElseThrow(() -> ApiError.notFound("Item with external_id", externalId));
      }
    });
    routes.post("/item/app/{app_id}/filter/", request -> filter(request, null));
    routes.post("/item/app/{app_id}/filter/{view_id}/", request -> filter(request, request.id("view_id")));
    routes.get("/item/app/{app_id}/count", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      long viewId = request.queryLong("view_id", 0);
      Query q = viewId == 0 ? new Query(List.of(), null, null) : viewQuery(request.caller(), app, viewId);
      synchronized (lock) {
        return Map.of("count", (long) matching(app, q).size());
      }
    });
    routes.post("/item/app/{app_id}/", this::create);
    routes.post("/item/{item_id}/clone", this::cloneItem);
    routes.put("/item/{item_id}", request -> update(request, request.object().get("fields"), request.object()));
    routes.put("/item/{item_id}/value", request -> {
      Object body = request.json();
      Map<String, Object> answer = update(request, body == null ? Map.of() : body, Map.of());
      answer.remove("title");
      return answer;
    });
    routes.put("/item/{item_id}/value/{field_id}", request -> {
      Map<String, Object> answer = update(request,
          Map.of(Long.toString(request.id("field_id")), Objects.requireNonNullElse(request.json(), List.of())),
          Map.of());
      answer.remove("title");
      return answer;
    });
    routes.delete("/item/{item_id}", request -> {
      ItemData item = visible(request.caller(), request.id("item_id"));
      Change change;
      synchronized (lock) {
        change = remove(item);
      }
      publish(change, request);
      return Reply.noContent();
    });
    routes.post("/item/app/{app_id}/delete", this::bulkDelete);
    routes.put("/item/{item_id}/ref", request -> {
      ItemData item = visible(request.caller(), request.id("item_id"));
      Map<String, @Nullable Object> body = request.object();
      if (!(body.get("ref_type") instanceof String type) || !(body.get("ref_id") instanceof Long id)) {
        throw ApiError.invalid("Send ref_type and ref_id");
      }
      Map<String, Object> target = world.requireRef(type, id);
      synchronized (lock) {
        item.ref = Map.of("ref_type", type, "ref_id", id, "title", String.valueOf(target.get("title")));
      }
      return Reply.noContent();
    });
    routes.delete("/item/{item_id}/ref", request -> {
      ItemData item = visible(request.caller(), request.id("item_id"));
      synchronized (lock) {
        item.ref = null;
      }
      return Reply.noContent();
    });
    routes.put("/item/{item_id}/participation", request -> {
      ItemData item = visible(request.caller(), request.id("item_id"));
      request.userId();
      Object status = request.object().get("status");
      if (!List.of("invited", "accepted", "declined", "tentative").contains(status)) {
        throw ApiError.invalid("Invalid value for status: " + Json.write(status)
            + "; one of invited, accepted, declined, tentative");
      }
      synchronized (lock) {
        item.participation = (String) status;
      }
      return Reply.noContent();
    });
    routes.post("/item/app/{app_id}/calculate", this::calculate);
    routes.post("/item/app/{app_id}/export/{exporter}", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      String exporter = request.param("exporter");
      if (!exporter.equals("xlsx") && !exporter.equals("xls")) {
        throw ApiError.invalid("Invalid value for exporter: '" + exporter + "'; one of xlsx, xls");
      }
      Map<String, @Nullable Object> body = request.object();
      Query q = query(app, body, body.get("view_id") instanceof Long v ? viewQuery(request.caller(), app, v) : null);
      synchronized (lock) {
        matching(app, q);
      }
      return Map.of("batch_id", world.nextId("batch", 900_000));
    });
    routes.get("/item/app/{app_id}/xlsx/", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      long viewId = request.queryLong("view_id", 0);
      Query q = viewId == 0 ? new Query(List.of(), null, null) : viewQuery(request.caller(), app, viewId);
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("Item ID"));
      app.fields().forEach(f -> header.add(f.label()));
      rows.add(header);
      synchronized (lock) {
        for (ItemData item : matching(app, q)) {
          List<String> row = new ArrayList<>(List.of(Long.toString(item.appItemId)));
          for (Field f : app.fields()) {
            row.add(text(f, values(app, item, f)));
          }
          rows.add(row);
        }
      }
      return Reply.bytes(Xlsx.CONTENT_TYPE, Xlsx.sheet(app.name(), rows));
    });
    routes.get("/item/field/{field_id}/find", request -> {
      Field field = relationField(request, request.id("field_id"));
      String text = request.query("text", "").toLowerCase(Locale.ROOT);
      long limit = request.queryLong("limit", 13);
      List<Long> referenced = apps().referencedApps(field);
      synchronized (lock) {
        return items.values().stream().filter(i -> referenced.contains(i.appId))
            .filter(i -> title(i).toLowerCase(Locale.ROOT).contains(text))
            .sorted(Comparator.comparingLong(i -> i.id)).limit(limit).map(i -> micro(i)).toList();
      }
    });
    routes.get("/item/field/{field_id}/top/", request -> {
      Field field = relationField(request, request.id("field_id"));
      long limit = request.queryLong("limit", 8);
      List<Long> referenced = apps().referencedApps(field);
      synchronized (lock) {
        Map<Long, Integer> counts = new HashMap<>();
        items.values().forEach(i -> i.values.getOrDefault(field.id(), List.of())
            .forEach(v -> counts.merge((Long) v, 1, Integer::sum)));
        return items.values().stream().filter(i -> referenced.contains(i.appId))
            .sorted(Comparator.comparingInt((ItemData i) -> -counts.getOrDefault(i.id, 0))
                .thenComparingLong(i -> i.id))
            .limit(limit).map(i -> micro(i)).toList();
      }
    });
    routes.get("/item/app/{app_id}/values", request -> {
      AppData app = apps().visible(request.caller(), request.id("app_id"));
      List<Object> out = new ArrayList<>();
      synchronized (lock) {
        for (Field f : app.fields()) {
          if (List.of("category", "app", "contact").contains(f.type())) {
            Set<Object> used = new LinkedHashSet<>();
            items.values().stream().filter(i -> i.appId == app.id()).sorted(Comparator.comparingLong(i -> i.id))
                .forEach(i -> used.addAll(i.values.getOrDefault(f.id(), List.of())));
            Map<String, Object> m = fieldHead(f);
            m.put("values", codec.render(f, new ArrayList<>(used)));
            out.add(m);
          }
        }
      }
      return out;
    });
    routes.get("/item/{item_id}/value", request -> read(request, request.id("item_id"), i -> fieldsJson(i, true)));
    routes.get("/item/{item_id}/value/{field_id}", request -> read(request, request.id("item_id"), i -> {
      AppData app = appOfItem(i);
      Field f = app.field(request.id("field_id"));
      if (f == null) {
        throw ApiError.notFound("Field", request.id("field_id"));
      }
      return values(app, i, f);
    }));
    routes.get("/item/{item_id}/reference/", request -> read(request, request.id("item_id"), this::references));
    routes.get("/item/{item_id}/reference/field/{field_id}", request -> read(request, request.id("item_id"), i -> {
      Field field = relationField(request, request.id("field_id"));
      return items.values().stream().filter(o -> o.values.getOrDefault(field.id(), List.of()).contains(i.id))
          .sorted(Comparator.comparingLong(o -> o.id)).map(o -> (Object) micro(o)).toList();
    }));
    routes.get("/item/{item_id}/reference/{field_id}/preview", request -> read(request, request.id("item_id"), i -> {
      Field field = relationField(request, request.id("field_id"));
      List<Long> referenced = apps().referencedApps(field);
      if (!referenced.isEmpty() && !referenced.contains(i.appId)) {
        throw ApiError.invalid("Field " + field.id() + " does not point at app " + i.appId);
      }
      return itemJson(i);
    }));
    routes.get("/item/{item_id}/meeting/url", request -> read(request, request.id("item_id"), i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", appOfItem(i).type().equals("meeting") ? world.baseUrl() + "/meeting/" + i.id : null);
      return m;
    }));
    routes.get("/item/{item_id}/revision/", request -> read(request, request.id("item_id"),
        i -> i.revisions.stream().map(r -> (Object) revisionJson(r)).toList()));
    routes.get("/item/{item_id}/revision/{revision_id}", request -> read(request, request.id("item_id"),
        i -> revisionJson(revision(i, request.id("revision_id")))));
    routes.get("/item/{item_id}/revision/{revision_from_id}/{revision_to_id}", request ->
        read(request, request.id("item_id"), i -> diff(i, revision(i, request.id("revision_from_id")).values(),
            revision(i, request.id("revision_to_id")).values())));
    routes.delete("/item/{item_id}/revision/{revision_id}", request -> revert(request, false));
    routes.post("/item/{item_id}/revision/{revision}/revert_to", request -> revert(request, true));
    routes.get("/calendar/item/{item_id}/field/{field_id}/ics/", request -> {
      long fieldId = request.id("field_id");
      String ics = read(request, request.id("item_id"), i -> {
        Field f = appOfItem(i).field(fieldId);
        List<Object> values = i.values.getOrDefault(fieldId, List.of());
        if (f == null || !f.type().equals("date")) {
          throw ApiError.notFound("Date field", fieldId);
        }
        return Ical.calendar(i.id, fieldId, title(i), values.stream().map(v -> (DateValue) v).toList(),
            world.now());
      });
      return Reply.bytes("text/calendar; charset=utf-8", ics.getBytes(StandardCharsets.UTF_8));
    });
  }

  /** Three items per seeded app, made once every area is registered (the apps live in {@link AppRoutes}). */
  private void seed() {
    synchronized (lock) {
      for (EmulatorState.App seeded : world.state.apps()) {
        AppData data = Objects.requireNonNull(apps().app(seeded.id()));
        Field title = Objects.requireNonNull(data.field("title"));
        for (int i = 1; i <= SEEDED_ITEMS_PER_APP; i++) {
          Map<Long, List<Object>> values = new LinkedHashMap<>();
          values.put(title.id(), List.of(seeded.name() + " item " + i));
          insert(data, values, Ref.app(seeded.id()), null, List.of(), List.of());
        }
      }
    }
  }

  // ---- for other areas

  /** The app of item {@code itemId}, or null when there is none. */
  @Nullable Long appOf(long itemId) {
    synchronized (lock) {
      ItemData item = items.get(itemId);
      return item == null ? null : item.appId;
    }
  }

  /** Item {@code itemId} as a relationship value: Podio's micro item with its app, or null. */
  @Nullable Map<String, Object> micro(long itemId) {
    synchronized (lock) {
      ItemData item = items.get(itemId);
      return item == null ? null : micro(item);
    }
  }

  /** Items of the apps {@code caller} sees (of {@code appIds} when given) whose title contains {@code text}. */
  List<Map<String, Object>> search(Ref caller, @Nullable List<Long> appIds, String text, int limit) {
    String wanted = text.toLowerCase(Locale.ROOT);
    synchronized (lock) {
      return items.values().stream().filter(i -> apps().canSee(caller, i.appId))
          .filter(i -> appIds == null || appIds.contains(i.appId))
          .filter(i -> title(i).toLowerCase(Locale.ROOT).contains(wanted))
          .sorted(Comparator.comparingLong(i -> i.id)).limit(limit).map(i -> Objects.requireNonNull(ref(i.id)))
          .toList();
    }
  }

  /** The id of the item numbered {@code appItemId} in app {@code appId}, or null. */
  @Nullable Long itemId(long appId, long appItemId) {
    synchronized (lock) {
      return items.values().stream().filter(i -> i.appId == appId && i.appItemId == appItemId).findFirst()
          .map(i -> i.id).orElse(null);
    }
  }

  /** Deletes the items of a deleted app, publishing item.delete for each. */
  void appDeleted(long appId, Ref by) {
    List<Change> changes = new ArrayList<>();
    synchronized (lock) {
      for (ItemData item : List.copyOf(items.values())) {
        if (item.appId == appId) {
          changes.add(remove(item));
        }
      }
    }
    changes.forEach(c -> world.publish(new World.Event(c.type(), "item", c.item().id, by, eventData(c, null))));
  }

  /** Forgets the values items held in a deleted field. */
  void fieldDeleted(long appId, long fieldId) {
    synchronized (lock) {
      items.values().stream().filter(i -> i.appId == appId).forEach(i -> i.values.remove(fieldId));
    }
  }

  private @Nullable Map<String, Object> ref(long id) {
    synchronized (lock) {
      ItemData item = items.get(id);
      if (item == null) {
        return null;
      }
      AppData app = apps().app(item.appId);
      Map<String, Object> ref = new LinkedHashMap<>();
      ref.put("type", "item");
      ref.put("id", id);
      ref.put("title", title(item));
      ref.put("link", link(item));
      ref.put("app_id", item.appId);
      if (!item.createdBy.isApp()) {
        ref.put("created_by", item.createdBy.id());
      }
      List<String> text = new ArrayList<>(List.of(title(item)));
      List<Object> dates = new ArrayList<>();
      if (app != null) {
        for (Field f : app.fields()) {
          List<Object> values = item.values.getOrDefault(f.id(), List.of());
          if (f.type().equals("text") && !f.externalId().equals("title")) {
            values.forEach(v -> text.add((String) v));
          } else if (f.type().equals("date")) {
            values.forEach(v -> dates.add(FieldCodec.dateField(f, (DateValue) v)));
          }
        }
      }
      ref.put("text", String.join(" ", text));
      ref.put("date_fields", dates);
      ref.put("space_id", app == null ? EmulatorState.SPACE_ID : app.spaceId());
      return ref;
    }
  }

  // ---- writes

  private ItemData insert(AppData app, Map<Long, List<Object>> values, Ref by, @Nullable String externalId,
                          List<String> tags, List<Long> fileIds) {
    long appItemId = appItemIds.merge(app.id(), 1L, Long::sum);
    Instant now = world.now();
    ItemData item = new ItemData(world.nextId("item", 100_000), app.id(), appItemId, now, by);
    item.values = new LinkedHashMap<>(values);
    item.externalId = externalId;
    item.tags = tags;
    item.fileIds = fileIds;
    item.revisions.add(new Revision(0, world.nextId("item_revision", 700_000), "creation", now, by,
        Map.copyOf(item.values)));
    items.put(item.id, item);
    return item;
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    AppData app = apps().visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    Map<Long, List<Object>> values = parse(app, body.get("fields"), Map.of());
    for (Field f : app.fields()) {
      if (f.required() && values.getOrDefault(f.id(), List.of()).isEmpty()) {
        throw FieldCodec.invalid(f, "the field is required");
      }
    }
    ItemData item;
    synchronized (lock) {
      item = insert(app, values, request.caller(), externalId(body), strings(body.get("tags"), "tags"),
          ids(body.get("file_ids"), "file_ids"));
    }
    apps().used(request.caller(), app.id());
    Change change = new Change("item.create", item, title(item), null);
    publish(change, request);
    return createdJson(item);
  }

  private Map<String, Object> cloneItem(ApiRequest request) {
    ItemData source = visible(request.caller(), request.id("item_id"));
    AppData app = appOfItem(source);
    ItemData item;
    synchronized (lock) {
      item = insert(app, source.values, request.caller(), null, source.tags, source.fileIds);
    }
    publish(new Change("item.create", item, title(item), null), request);
    return createdJson(item);
  }

  private Map<String, Object> createdJson(ItemData item) {
    Map<String, Object> m = new LinkedHashMap<>();
    synchronized (lock) {
      m.put("item_id", item.id);
      m.put("app_item_id", item.appItemId);
      m.put("title", title(item));
      m.put("revision", item.revision());
      m.put("link", link(item));
    }
    return m;
  }

  /** Sets the values of {@code fields} (an object by key, or a list of field objects) and {@code body}'s extras. */
  private Map<String, Object> update(ApiRequest request, @Nullable Object fields, Map<String, @Nullable Object> body) {
    ItemData item = visible(request.caller(), request.id("item_id"));
    AppData app = appOfItem(item);
    Map<Long, List<Object>> values = parse(app, fields, Map.of());
    Change change;
    synchronized (lock) {
      if (!items.containsKey(item.id)) {
        throw ApiError.notFound("Item", item.id);
      }
      Map<Long, List<Object>> next = new LinkedHashMap<>(item.values);
      values.forEach((k, v) -> {
        if (v.isEmpty()) {
          next.remove(k);
        } else {
          next.put(k, v);
        }
      });
      String externalId = externalId(body);
      if (externalId != null) {
        item.externalId = externalId;
      }
      if (body.get("tags") != null) {
        item.tags = strings(body.get("tags"), "tags");
      }
      if (body.get("file_ids") != null) {
        item.fileIds = ids(body.get("file_ids"), "file_ids");
      }
      change = commit(item, next, request.caller(), "update");
    }
    if (change != null) {
      apps().used(request.caller(), app.id());
      publish(change, request);
    }
    return updatedJson(item);
  }

  private Map<String, Object> updatedJson(ItemData item) {
    Map<String, Object> m = new LinkedHashMap<>();
    synchronized (lock) {
      m.put("revision", item.revision());
      m.put("title", title(item));
    }
    return m;
  }

  /** Stores {@code next} as the item's values with a new revision; null when nothing changed. */
  private @Nullable Change commit(ItemData item, Map<Long, List<Object>> next, Ref by, String type) {
    if (next.equals(item.values)) {
      return null;
    }
    item.values = next;
    item.lastEventOn = world.now();
    Revision r = new Revision(item.revision() + 1, world.nextId("item_revision", 700_000), type, item.lastEventOn,
        by, Map.copyOf(next));
    item.revisions.add(r);
    return new Change("item.update", item, title(item), r.id());
  }

  private Map<String, Object> revert(ApiRequest request, boolean to) {
    ItemData item = visible(request.caller(), request.id("item_id"));
    long number = request.id(to ? "revision" : "revision_id");
    Change change;
    synchronized (lock) {
      Revision target = revision(item, number);
      Map<Long, List<Object>> next;
      if (to) {
        next = new LinkedHashMap<>(target.values());
      } else {
        if (number == 0) {
          throw ApiError.invalid("Revision 0 created the item; it cannot be undone");
        }
        Map<Long, List<Object>> before = revision(item, number - 1).values();
        next = new LinkedHashMap<>(item.values);
        Set<Long> changed = new LinkedHashSet<>(before.keySet());
        changed.addAll(target.values().keySet());
        for (long fieldId : changed) {
          if (!Objects.equals(before.get(fieldId), target.values().get(fieldId))) {
            if (before.containsKey(fieldId)) {
              next.put(fieldId, before.get(fieldId));
            } else {
              next.remove(fieldId);
            }
          }
        }
      }
      change = commit(item, next, request.caller(), "update");
    }
    if (change != null) {
      publish(change, request);
    }
    Map<String, Object> answer = updatedJson(item);
    answer.remove("title");
    return answer;
  }

  private Change remove(ItemData item) {
    if (items.remove(item.id) == null) {
      throw ApiError.notFound("Item", item.id);
    }
    return new Change("item.delete", item, title(item), null);
  }

  private Map<String, Object> bulkDelete(ApiRequest request) throws IOException {
    AppData app = apps().visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    List<Change> changes = new ArrayList<>();
    synchronized (lock) {
      List<ItemData> targets;
      if (body.get("item_ids") != null) {
        targets = new ArrayList<>();
        for (long id : ids(body.get("item_ids"), "item_ids")) {
          ItemData item = items.get(id);
          if (item == null || item.appId != app.id()) {
            throw ApiError.invalid("Item " + id + " is not an item of app " + app.id());
          }
          targets.add(item);
        }
      } else if (body.get("filters") != null) {
        targets = matching(app, query(app, body, null));
      } else {
        throw ApiError.invalid("Send item_ids or filters");
      }
      targets.forEach(i -> changes.add(remove(i)));
    }
    changes.forEach(c -> publish(c, request));
    return Map.of("deleted", (long) changes.size(), "pending", 0L);
  }

  private Map<String, Object> calculate(ApiRequest request) throws IOException {
    AppData app = apps().visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("aggregation") instanceof String aggregation)
        || !List.of("count", "sum", "average", "min", "max").contains(aggregation)) {
      throw ApiError.invalid("Invalid value for aggregation: " + Json.write(body.get("aggregation"))
          + "; one of count, sum, average, min, max");
    }
    Field field = null;
    if (!aggregation.equals("count")) {
      if (!(body.get("field_id") instanceof Long fieldId) || (field = app.field(fieldId)) == null) {
        throw ApiError.invalid(aggregation + " needs the field_id of a field of app " + app.id());
      }
      if (!List.of("number", "money", "progress", "duration", "calculation").contains(field.type())) {
        throw ApiError.invalid("Cannot " + aggregation + " a field of type " + field.type());
      }
    }
    List<BigDecimal> numbers = new ArrayList<>();
    long count;
    synchronized (lock) {
      List<ItemData> matched = matching(app, query(app, body, null));
      count = matched.size();
      if (field != null) {
        for (ItemData item : matched) {
          BigDecimal n = number(app, item, field);
          if (n != null) {
            numbers.add(n);
          }
        }
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("aggregation", aggregation);
    m.put("field_id", field == null ? null : field.id());
    BigDecimal result = switch (aggregation) {
      case "count" -> BigDecimal.valueOf(count);
      case "sum" -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      case "average" -> numbers.isEmpty() ? null : numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(numbers.size()), 4, java.math.RoundingMode.HALF_UP);
      case "min" -> numbers.stream().min(BigDecimal::compareTo).orElse(null);
      default -> numbers.stream().max(BigDecimal::compareTo).orElse(null);
    };
    m.put("result", result == null ? null : result.doubleValue());
    m.put("count", field == null ? count : (long) numbers.size());
    return m;
  }

  private Map<Long, List<Object>> parse(AppData app, @Nullable Object fields, Map<Long, List<Object>> base) {
    Map<Long, List<Object>> out = new LinkedHashMap<>(base);
    if (fields == null) {
      return out;
    }
    if (fields instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        Field f = field(app, String.valueOf(e.getKey()));
        out.put(f.id(), codec.parse(app, f, e.getValue()));
      }
    } else if (fields instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> field)) {
          throw ApiError.invalid("Each entry of fields must be an object");
        }
        Object key = field.get("external_id") != null ? field.get("external_id") : field.get("field_id");
        Field f = field(app, String.valueOf(key));
        out.put(f.id(), codec.parse(app, f, field.get("values")));
      }
    } else {
      throw ApiError.invalid("fields must be an object or a list");
    }
    return out;
  }

  private static Field field(AppData app, String key) {
    Field f = app.field(key);
    if (f == null) {
      throw ApiError.invalid("No field with external_id or field_id '" + key + "' in app " + app.id());
    }
    return f;
  }

  private static @Nullable String externalId(Map<String, @Nullable Object> body) {
    Object e = body.get("external_id");
    if (e != null && !(e instanceof String)) {
      throw ApiError.invalid("external_id must be a text");
    }
    return (String) e;
  }

  private static List<String> strings(@Nullable Object value, String name) {
    List<String> out = new ArrayList<>();
    for (Object o : AppRoutes.list(value, name)) {
      if (!(o instanceof String s) || s.isBlank()) {
        throw ApiError.invalid(name + " must be a list of texts");
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  private static List<Long> ids(@Nullable Object value, String name) {
    List<Long> out = new ArrayList<>();
    for (Object o : AppRoutes.list(value, name)) {
      if (!(o instanceof Long l) || l <= 0) {
        throw ApiError.invalid(name + " must be a list of ids");
      }
      out.add(l);
    }
    return List.copyOf(out);
  }

  private void publish(Change c, ApiRequest request) {
    world.publish(new World.Event(c.type(), "item", c.item().id, request.caller(), eventData(c, request)));
  }

  private Map<String, Object> eventData(Change c, @Nullable ApiRequest request) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("item_id", c.item().id);
    if (c.revisionId() != null) {
      data.put("item_revision_id", c.revisionId());
    }
    data.put("app_id", c.item().appId);
    AppData app = apps().app(c.item().appId);
    data.put("space_id", app == null ? EmulatorState.SPACE_ID : app.spaceId());
    data.put("title", c.title());
    if (request != null && request.queryFlag("silent", false)) {
      data.put("silent", true);
    }
    if (request != null && !request.queryFlag("hook", true)) {
      data.put("hook", false);
    }
    return data;
  }

  // ---- filters

  /** Conditions (key and value), an order field and direction. */
  private record Query(List<Map.Entry<String, Object>> conditions, @Nullable String sortBy,
                       @Nullable Boolean sortDesc) {}

  private Map<String, Object> filter(ApiRequest request, @Nullable Long viewId) throws IOException {
    AppData app = apps().visible(request.caller(), request.id("app_id"));
    Map<String, @Nullable Object> body = request.object();
    long limit = number(body.get("limit"), 30, "limit");
    long offset = number(body.get("offset"), 0, "offset");
    if (limit < 1 || limit > MAX_FILTER_LIMIT) {
      throw ApiError.invalid("limit must be between 1 and " + MAX_FILTER_LIMIT);
    }
    if (offset < 0) {
      throw ApiError.invalid("offset must not be negative");
    }
    Query q = query(app, body, viewId == null ? null : viewQuery(request.caller(), app, viewId));
    if (Boolean.TRUE.equals(body.get("remember")) && !request.caller().isApp()) {
      world.area(ViewRoutes.class).remember(request.caller().id(), app.id(), body);
    }
    apps().used(request.caller(), app.id());
    Map<String, Object> m = new LinkedHashMap<>();
    synchronized (lock) {
      List<ItemData> all = matching(app, q);
      List<Object> page = new ArrayList<>();
      for (int i = (int) Math.min(offset, all.size()); i < all.size() && page.size() < limit; i++) {
        page.add(itemJson(all.get(i)));
      }
      m.put("total", items.values().stream().filter(i -> i.appId == app.id()).count());
      m.put("filtered", (long) all.size());
      m.put("items", page);
    }
    return m;
  }

  private Query viewQuery(Ref caller, AppData app, long viewId) {
    Map<String, @Nullable Object> view = world.area(ViewRoutes.class).definition(caller, app.id(), viewId);
    return query(app, view, null);
  }

  /** The conditions and order of a filter body ({@code filters} as an object or a list of {key, values}). */
  private static Query query(AppData app, Map<String, @Nullable Object> body, @Nullable Query base) {
    List<Map.Entry<String, Object>> conditions = new ArrayList<>(base == null ? List.of() : base.conditions());
    Object filters = body.get("filters");
    if (filters instanceof Map<?, ?> map) {
      map.forEach((k, v) -> conditions.add(Map.entry(String.valueOf(k), v == null ? List.of() : v)));
    } else if (filters instanceof List<?> list) {
      for (Object o : list) {
        Map<String, @Nullable Object> f = AppRoutes.map(o, "each filter");
        Object values = f.get("values");
        conditions.add(Map.entry(String.valueOf(f.get("key")), values == null ? List.of() : values));
      }
    } else if (filters != null) {
      throw ApiError.invalid("filters must be an object or a list");
    }
    for (Map.Entry<String, Object> c : conditions) {
      check(app, c.getKey());
    }
    String sortBy = body.get("sort_by") instanceof String s ? s : base == null ? null : base.sortBy();
    if (sortBy != null) {
      check(app, sortBy);
    }
    Boolean sortDesc = body.get("sort_desc") instanceof Boolean b ? b : base == null ? null : base.sortDesc();
    return new Query(conditions, sortBy, sortDesc);
  }

  private static final Set<String> ATTRIBUTES = Set.of("created_on", "last_edit_on", "created_by", "title",
      "item_id", "app_item_id");

  /** 400 unless {@code key} is a field of {@code app} or an attribute items are filtered or sorted by. */
  static void check(AppData app, String key) {
    if (!ATTRIBUTES.contains(key) && app.field(key) == null) {
      throw ApiError.invalid("Invalid filter or sort key '" + key + "': not a field of app " + app.id()
          + " nor one of " + new java.util.TreeSet<>(ATTRIBUTES));
    }
  }

  /** The app's items that meet every condition, in the query's order; call holding the lock. */
  private List<ItemData> matching(AppData app, Query q) {
    List<ItemData> out = new ArrayList<>();
    for (ItemData item : items.values()) {
      if (item.appId == app.id() && q.conditions().stream().allMatch(c -> meets(app, item, c.getKey(),
          c.getValue()))) {
        out.add(item);
      }
    }
    Comparator<ItemData> order = Comparator.comparingLong(i -> i.id);
    if (q.sortBy() != null) {
      String key = q.sortBy();
      order = Comparator.comparing((ItemData i) -> sortKey(app, i, key),
          Comparator.nullsLast(ItemRoutes::compareKeys)).thenComparing(order);
    }
    if (Boolean.TRUE.equals(q.sortDesc())) {
      order = order.reversed();
    }
    out.sort(order);
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareKeys(Comparable a, Comparable b) {
    return a.getClass() == b.getClass() ? a.compareTo(b) : a.toString().compareTo(b.toString());
  }

  private @Nullable Comparable<?> sortKey(AppData app, ItemData item, String key) {
    switch (key) {
      case "created_on", "item_id", "app_item_id" -> {
        return item.id;
      }
      case "last_edit_on" -> {
        return item.lastEventOn;
      }
      case "title" -> {
        return title(item).toLowerCase(Locale.ROOT);
      }
      default -> {
        Field f = Objects.requireNonNull(app.field(key));
        List<Object> values = f.type().equals("calculation") ? calculated(app, item)
            : item.values.getOrDefault(f.id(), List.of());
        if (values.isEmpty()) {
          return null;
        }
        Object v = values.get(0);
        return v instanceof Money m ? m.value() : v instanceof DateValue d ? d.start()
            : v instanceof Comparable<?> c ? c : v.toString();
      }
    }
  }

  private boolean meets(AppData app, ItemData item, String key, Object value) {
    switch (key) {
      case "created_on" -> {
        return inRange(item.createdOn.atOffset(ZoneOffset.UTC).toLocalDate(), value, key);
      }
      case "last_edit_on" -> {
        return inRange(item.lastEventOn.atOffset(ZoneOffset.UTC).toLocalDate(), value, key);
      }
      case "created_by" -> {
        return idList(value, key).contains(item.createdBy.id());
      }
      case "item_id" -> {
        return idList(value, key).contains(item.id);
      }
      case "app_item_id" -> {
        return idList(value, key).contains(item.appItemId);
      }
      case "title" -> {
        return title(item).toLowerCase(Locale.ROOT).contains(text(value, key).toLowerCase(Locale.ROOT));
      }
      default -> {
        Field f = Objects.requireNonNull(app.field(key));
        List<Object> values = f.type().equals("calculation") ? calculated(app, item)
            : item.values.getOrDefault(f.id(), List.of());
        return switch (f.type()) {
          case "text", "location", "tag" -> {
            String wanted = text(value instanceof List<?> l && l.size() == 1 ? l.get(0) : value, key)
                .toLowerCase(Locale.ROOT);
            yield values.stream().anyMatch(v -> ((String) v).toLowerCase(Locale.ROOT).contains(wanted));
          }
          case "number", "money", "progress", "duration", "calculation" -> {
            BigDecimal n = values.isEmpty() ? null : decimal(values.get(0));
            Map<String, @Nullable Object> range = AppRoutes.map(value, "the filter of " + key);
            yield n != null && (range.get("from") == null || n.compareTo(bound(range.get("from"), key)) >= 0)
                && (range.get("to") == null || n.compareTo(bound(range.get("to"), key)) <= 0);
          }
          case "category", "app", "contact" -> {
            List<Long> wanted = idList(value, key);
            yield values.stream().anyMatch(wanted::contains);
          }
          case "date" -> values.stream().anyMatch(v -> inRange(((DateValue) v).startDate(), value, key));
          default -> throw ApiError.invalid("Items cannot be filtered by fields of type " + f.type());
        };
      }
    }
  }

  private static BigDecimal decimal(Object v) {
    return v instanceof Money m ? m.value() : v instanceof BigDecimal b ? b : BigDecimal.valueOf((Long) v);
  }

  private static BigDecimal bound(@Nullable Object v, String key) {
    if (v instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    throw ApiError.invalid("The from and to of the filter of " + key + " must be numbers");
  }

  private static boolean inRange(LocalDate day, Object value, String key) {
    Map<String, @Nullable Object> range = AppRoutes.map(value, "the filter of " + key);
    try {
      return (range.get("from") == null || !day.isBefore(LocalDate.parse(text(range.get("from"), key))))
          && (range.get("to") == null || !day.isAfter(LocalDate.parse(text(range.get("to"), key))));
    } catch (DateTimeParseException e) {
      throw ApiError.invalid("The from and to of the filter of " + key + " must be dates (yyyy-MM-dd)");
    }
  }

  private static List<Long> idList(Object value, String key) {
    List<Long> out = new ArrayList<>();
    for (Object o : value instanceof List<?> l ? l : List.of(value)) {
      if (!(o instanceof Long id)) {
        throw ApiError.invalid("The filter of " + key + " must be a list of ids");
      }
      out.add(id);
    }
    return out;
  }

  private static String text(@Nullable Object value, String key) {
    if (!(value instanceof String s)) {
      throw ApiError.invalid("The filter of " + key + " must be a text");
    }
    return s;
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

  // ---- answers

  private <T> T read(ApiRequest request, long itemId, java.util.function.Function<ItemData, T> answer) {
    ItemData item = visible(request.caller(), itemId);
    synchronized (lock) {
      if (!items.containsKey(itemId)) {
        throw ApiError.notFound("Item", itemId);
      }
      return answer.apply(item);
    }
  }

  private ItemData visible(Ref caller, long itemId) {
    ItemData item;
    synchronized (lock) {
      item = items.get(itemId);
    }
    if (item == null) {
      throw ApiError.notFound("Item", itemId);
    }
    if (!apps().canSee(caller, item.appId)) {
      throw ApiError.forbidden("This app authentication only gives access to the items of app " + caller.id());
    }
    return item;
  }

  private AppRoutes apps() {
    return world.area(AppRoutes.class);
  }

  private AppData appOfItem(ItemData item) {
    AppData app = apps().app(item.appId);
    if (app == null) {
      throw ApiError.notFound("App", item.appId);
    }
    return app;
  }

  private Field relationField(ApiRequest request, long fieldId) {
    for (long appId : apps().appIds()) {
      AppData app = apps().app(appId);
      Field f = app == null ? null : app.field(fieldId);
      if (f != null) {
        apps().visible(request.caller(), appId);
        if (!f.type().equals("app")) {
          throw ApiError.invalid("Field " + fieldId + " is a " + f.type() + " field, not a relationship field");
        }
        return f;
      }
    }
    throw ApiError.notFound("Field", fieldId);
  }

  private Revision revision(ItemData item, long number) {
    return item.revisions.stream().filter(r -> r.revision() == number).findFirst()
        .orElseThrow(() -> ApiError.notFound("Revision " + number + " of item", item.id));
  }

  private String link(ItemData item) {
    return world.baseUrl() + "/app/" + item.appId + "/items/" + item.appItemId;
  }

  /** The value of the app's {@code title} field, or of its first text field. */
  private String title(ItemData item) {
    AppData app = apps().app(item.appId);
    if (app == null) {
      return "";
    }
    Field title = app.field("title");
    if (title == null || !title.type().equals("text")) {
      title = app.fields().stream().filter(f -> f.type().equals("text")).findFirst().orElse(null);
    }
    List<Object> values = title == null ? List.of() : item.values.getOrDefault(title.id(), List.of());
    return values.isEmpty() ? "" : (String) values.get(0);
  }

  /** A calculation field's value: the sum of the item's number fields, or none when it has none. */
  private static List<Object> calculated(AppData app, ItemData item) {
    BigDecimal sum = null;
    for (Field f : app.fields()) {
      if (f.type().equals("number")) {
        for (Object v : item.values.getOrDefault(f.id(), List.of())) {
          sum = sum == null ? (BigDecimal) v : sum.add((BigDecimal) v);
        }
      }
    }
    return sum == null ? List.of() : List.of(sum);
  }

  private static @Nullable BigDecimal number(AppData app, ItemData item, Field f) {
    List<Object> values = f.type().equals("calculation") ? calculated(app, item)
        : item.values.getOrDefault(f.id(), List.of());
    return values.isEmpty() ? null : decimal(values.get(0));
  }

  private List<Map<String, Object>> values(AppData app, ItemData item, Field f) {
    return codec.render(f, f.type().equals("calculation") ? calculated(app, item)
        : item.values.getOrDefault(f.id(), List.of()));
  }

  private static String text(Field f, List<Map<String, Object>> values) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : values) {
      Object value = v.get("value");
      if (value instanceof Map<?, ?> m) {
        Object t = m.get("text") != null ? m.get("text") : m.get("title") != null ? m.get("title") : m.get("name");
        out.add(String.valueOf(t));
      } else if (f.type().equals("date")) {
        out.add(String.valueOf(v.get("start")));
      } else if (f.type().equals("embed")) {
        out.add(String.valueOf(AppRoutes.map(v.get("embed"), "embed").get("url")));
      } else {
        out.add(String.valueOf(value));
      }
    }
    return String.join("; ", out);
  }

  private static Map<String, Object> fieldHead(Field f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field_id", f.id());
    m.put("external_id", f.externalId());
    m.put("type", f.type());
    m.put("label", f.label());
    return m;
  }

  private List<Object> fieldsJson(ItemData item, boolean withConfig) {
    AppData app = appOfItem(item);
    List<Object> out = new ArrayList<>();
    for (Field f : app.fields()) {
      List<Map<String, Object>> values = values(app, item, f);
      if (!values.isEmpty()) {
        Map<String, Object> m = fieldHead(f);
        if (withConfig) {
          m.put("config", Map.of("label", f.label(), "required", f.required(), "delta", f.delta(),
              "settings", f.settings()));
        }
        m.put("values", values);
        out.add(m);
      }
    }
    return out;
  }

  private Map<String, Object> byLine(Ref by) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", by.type());
    m.put("id", by.id());
    if (by.isApp()) {
      AppData app = apps().app(by.id());
      m.put("name", app == null ? "App " + by.id() : app.name());
    } else {
      EmulatorState.User user = world.state.user(by.id());
      m.put("name", user == null ? "User " + by.id() : user.name());
    }
    return m;
  }

  /** Podio's micro item with its app: {@code item_id}, {@code app_item_id}, {@code title}, {@code link}, ... */
  private Map<String, Object> micro(ItemData item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item_id", item.id);
    m.put("app_item_id", item.appItemId);
    m.put("title", title(item));
    m.put("link", link(item));
    AppData app = apps().app(item.appId);
    if (app != null) {
      m.put("app", apps().micro(app));
    }
    return m;
  }

  private Map<String, Object> itemJson(ItemData item) {
    Map<String, Object> m = micro(item);
    m.put("external_id", item.externalId);
    m.put("revision", item.revision());
    m.put("created_on", World.PODIO_TIME.format(item.createdOn));
    m.put("created_by", byLine(item.createdBy));
    m.put("last_event_on", World.PODIO_TIME.format(item.lastEventOn));
    m.put("fields", fieldsJson(item, true));
    m.put("tags", item.tags);
    m.put("files", item.fileIds.stream().map(id -> Map.of("file_id", id)).toList());
    m.put("ref", item.ref);
    m.put("participants", item.participation == null ? Map.of() : Map.of(
        Long.toString(item.createdBy.id()), Map.of("status", item.participation)));
    Revision first = item.revisions.get(0);
    Revision last = item.revisions.get(item.revisions.size() - 1);
    m.put("initial_revision", revisionJson(first));
    m.put("current_revision", revisionJson(last));
    return m;
  }

  private Map<String, Object> revisionJson(Revision r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("revision", r.revision());
    m.put("item_revision_id", r.id());
    m.put("type", r.type());
    m.put("created_on", World.PODIO_TIME.format(r.on()));
    m.put("created_by", byLine(r.by()));
    return m;
  }

  private List<Object> diff(ItemData item, Map<Long, List<Object>> from, Map<Long, List<Object>> to) {
    AppData app = appOfItem(item);
    List<Object> out = new ArrayList<>();
    for (Field f : app.fields()) {
      List<Object> a = from.getOrDefault(f.id(), List.of());
      List<Object> b = to.getOrDefault(f.id(), List.of());
      if (!a.equals(b)) {
        Map<String, Object> m = fieldHead(f);
        m.put("from", codec.render(f, a));
        m.put("to", codec.render(f, b));
        out.add(m);
      }
    }
    return out;
  }

  private List<Object> references(ItemData item) {
    List<Object> out = new ArrayList<>();
    for (long appId : apps().appIds()) {
      AppData app = apps().app(appId);
      if (app == null) {
        continue;
      }
      for (Field f : app.fields()) {
        if (!f.type().equals("app")) {
          continue;
        }
        List<Object> pointing = items.values().stream()
            .filter(o -> o.appId == appId && o.values.getOrDefault(f.id(), List.of()).contains(item.id))
            .sorted(Comparator.comparingLong(o -> o.id)).map(o -> (Object) micro(o)).toList();
        if (!pointing.isEmpty()) {
          Map<String, Object> group = new LinkedHashMap<>();
          group.put("app", apps().micro(app));
          group.put("field", AppRoutes.fieldJson(f));
          group.put("items", pointing);
          out.add(group);
        }
      }
    }
    return out;
  }
}
