package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Tasks and task labels: {@code /task/...} and the task's iCal feed. A task's due date is kept as Podio keeps it: a
 * day (all-day tasks) or an instant; answers carry both the local forms ({@code due_date}, {@code due_time}, in the
 * users' time zone {@link #USER_ZONE}) and UTC ({@code due_on}). Writes accept {@code due_on} (UTC) or
 * {@code due_date} with an optional local {@code due_time}.
 */
final class TaskRoutes extends Area {

  /** The time zone of every emulated user: local due dates and times are in it. */
  static final ZoneId USER_ZONE = ZoneId.of("Europe/Copenhagen");

  private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final long MAX_LIMIT = 100;

  /** A task; changed only while holding its monitor. */
  private static final class StoredTask {
    final long id;
    final Ref createdBy;
    final Instant createdOn;
    String text = "";
    @Nullable String description;
    boolean isPrivate;
    @Nullable LocalDate dueDay;
    @Nullable Instant dueOn;
    @Nullable Long responsible;
    @Nullable String refType;
    long refId;
    boolean completed;
    @Nullable Instant completedOn;
    @Nullable Ref completedBy;
    List<Long> labelIds = List.of();
    @Nullable Object reminder;
    @Nullable Object recurrence;
    @Nullable String externalId;
    double rank;

    StoredTask(long id, Ref createdBy, Instant createdOn) {
      this.id = id;
      this.createdBy = createdBy;
      this.createdOn = createdOn;
      this.rank = id;
    }

    /** The local due date, in {@link #USER_ZONE}. */
    @Nullable LocalDate localDueDate() {
      return dueOn != null ? LocalDate.ofInstant(dueOn, USER_ZONE) : dueDay;
    }
  }

  record Label(long id, long owner, String text, String color) {}

  private final ConcurrentHashMap<Long, StoredTask> tasks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, Label> labels = new ConcurrentHashMap<>();

  TaskRoutes(World world) {
    super(world);
    world.refs("task", id -> {
      StoredTask t = tasks.get(id);
      if (t == null) {
        return null;
      }
      synchronized (t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "task");
        m.put("id", id);
        m.put("title", t.text);
        m.put("link", link(t));
        m.put("due_date", t.localDueDate() == null ? null : String.valueOf(t.localDueDate()));
        m.put("due_time", localTime(t));
        m.put("due_on", t.dueOn == null ? null : World.PODIO_TIME.format(t.dueOn));
        m.put("responsible", t.responsible);
        if (!t.createdBy.isApp()) {
          m.put("created_by", t.createdBy.id());
        }
        if (t.refType != null) {
          m.put("ref_type", t.refType);
          m.put("ref_id", t.refId);
        }
        m.put("status", t.completed ? "completed" : "active");
        return m;
      }
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/task/", request -> create(request, null, 0));
    routes.post("/task/{ref_type}/{ref_id}/", request ->
        create(request, request.param("ref_type"), request.id("ref_id")));
    routes.get("/task/{task_id}", request -> taskJson(visible(request), request.caller(), "full"));
    routes.get("/task/", this::list);
    routes.put("/task/{task_id}", request -> {
      StoredTask t = visible(request);
      Map<String, @Nullable Object> body = request.object();
      synchronized (t) {
        apply(request, t, body);
      }
      attachFiles(request, t, body);
      publish(request, "task.update", t);
      return taskJson(t, request.caller(), "full");
    });
    routes.delete("/task/{task_id}", request -> {
      StoredTask t = visible(request);
      tasks.remove(t.id);
      publish(request, "task.delete", t);
      return Reply.noContent();
    });
    routes.post("/task/{task_id}/assign", request -> change(request, t -> {
      Object responsible = request.object().get("responsible");
      t.responsible = responsible == null ? null : userId(responsible);
    }));
    routes.post("/task/{task_id}/complete", request -> change(request, t -> {
      t.completed = true;
      t.completedOn = world.now();
      t.completedBy = request.caller();
    }));
    routes.post("/task/{task_id}/incomplete", request -> change(request, t -> {
      t.completed = false;
      t.completedOn = null;
      t.completedBy = null;
    }));
    routes.post("/task/{task_id}/rank", this::rank);
    routes.put("/task/{task_id}/ref", request -> change(request, t -> {
      Map<String, @Nullable Object> body = request.object();
      String type = Collab.text(body, "ref_type");
      long id = Collab.number(body, "ref_id");
      world.requireRef(type, id);
      t.refType = type;
      t.refId = id;
    }));
    routes.delete("/task/{task_id}/ref", request -> change(request, t -> {
      t.refType = null;
      t.refId = 0;
    }));
    routes.put("/task/{task_id}/private", request -> change(request, t -> {
      if (!(request.object().get("private") instanceof Boolean b)) {
        throw ApiError.invalid("Missing field private, or it is not true or false");
      }
      t.isPrivate = b;
    }));
    routes.get("/calendar/task/{task_id}/ics/", request -> Reply.bytes("text/calendar; charset=utf-8",
        ical(visible(request)).getBytes(StandardCharsets.UTF_8)));
    routes.get("/task/summary", request -> summary(request, t -> isResponsible(t, request.caller())));
    routes.get("/task/personal/summary", request ->
        summary(request, t -> isResponsible(t, request.caller()) && space(t) == null));
    routes.get("/task/org/{org_id}/summary", request -> {
      long orgId = request.id("org_id");
      if (orgId != EmulatorState.ORG_ID) {
        throw ApiError.notFound("Organization", orgId);
      }
      return summary(request, t -> space(t) != null);
    });
    routes.get("/task/space/{space_id}/summary", request -> {
      long spaceId = request.id("space_id");
      return summary(request, t -> Objects.equals(space(t), spaceId));
    });
    routes.get("/task/{ref_type}/{ref_id}/summary", request -> {
      String type = request.param("ref_type");
      long id = request.id("ref_id");
      world.requireRef(type, id);
      return summary(request, t -> type.equals(t.refType) && t.refId == id);
    });
    routes.get("/task/{ref_type}/{ref_id}/count", request -> {
      String type = request.param("ref_type");
      long id = request.id("ref_id");
      world.requireRef(type, id);
      long count = tasks.values().stream().filter(t -> canSee(t, request.caller()))
          .filter(t -> {
            synchronized (t) {
              return !t.completed && type.equals(t.refType) && t.refId == id;
            }
          }).count();
      return Map.of("count", count);
    });
    routes.post("/task/label/", request -> {
      long owner = request.userId();
      Map<String, @Nullable Object> body = request.object();
      Label label = new Label(world.nextId("task_label", 900_000), owner, Collab.text(body, "text"), color(body));
      labels.put(label.id(), label);
      return Map.of("label_id", label.id());
    });
    routes.get("/task/label", request -> {
      long owner = request.userId();
      return labels.values().stream().filter(l -> l.owner() == owner).sorted(Comparator.comparingLong(Label::id))
          .map(TaskRoutes::labelJson).toList();
    });
    routes.put("/task/label/{label_id}", request -> {
      Label label = ownLabel(request);
      Map<String, @Nullable Object> body = request.object();
      labels.put(label.id(), new Label(label.id(), label.owner(), Collab.text(body, "text"), color(body)));
      return Reply.noContent();
    });
    routes.delete("/task/label/{label_id}", request -> {
      Label label = ownLabel(request);
      labels.remove(label.id());
      for (StoredTask t : tasks.values()) {
        synchronized (t) {
          t.labelIds = t.labelIds.stream().filter(id -> id != label.id()).toList();
        }
      }
      return Reply.noContent();
    });
  }

  private Map<String, Object> create(ApiRequest request, @Nullable String refType, long refId) throws IOException {
    Map<String, @Nullable Object> body = request.object();
    Collab.text(body, "text");
    if (refType != null) {
      body.put("ref_type", refType);
      body.put("ref_id", refId);
    }
    StoredTask t = new StoredTask(world.nextId("task", 200_000), request.caller(), world.now());
    synchronized (t) {
      apply(request, t, body);
    }
    tasks.put(t.id, t);
    attachFiles(request, t, body);
    publish(request, "task.create", t);
    return taskJson(t, request.caller(), "full");
  }

  /** Sets what {@code body} names on {@code t}; 400 for a bad value, 404 for an unknown user, object or label. */
  private void apply(ApiRequest request, StoredTask t, Map<String, @Nullable Object> body) {
    if (body.containsKey("text")) {
      t.text = Collab.text(body, "text");
    }
    if (body.get("description") instanceof String d) {
      t.description = d;
    }
    if (body.get("private") instanceof Boolean p) {
      t.isPrivate = p;
    }
    applyDue(t, body);
    if (body.containsKey("responsible")) {
      Object responsible = body.get("responsible");
      t.responsible = responsible == null ? null : userId(responsible);
    }
    if (body.get("ref_type") != null) {
      String type = Collab.text(body, "ref_type");
      long id = Collab.number(body, "ref_id");
      world.requireRef(type, id);
      t.refType = type;
      t.refId = id;
    }
    if (body.containsKey("label_ids") || body.containsKey("labels")) {
      long owner = request.userId();
      List<Long> ids = new ArrayList<>();
      for (long id : Collab.ids(body, "label_ids")) {
        Label label = labels.get(id);
        if (label == null || label.owner() != owner) {
          throw ApiError.notFound("Label", id);
        }
        ids.add(id);
      }
      if (body.get("labels") instanceof List<?> texts) {
        for (Object text : texts) {
          ids.add(labelByText(owner, String.valueOf(text)).id());
        }
      }
      t.labelIds = List.copyOf(ids);
    }
    if (body.containsKey("reminder")) {
      Object reminder = body.get("reminder");
      if (reminder != null && !(reminder instanceof Map<?, ?> r && r.get("remind_delta") instanceof Long)) {
        throw ApiError.invalid("Invalid value for reminder: must be {\"remind_delta\": minutes}");
      }
      t.reminder = reminder;
    }
    if (body.containsKey("recurrence")) {
      Object recurrence = body.get("recurrence");
      if (recurrence != null && !(recurrence instanceof Map<?, ?> r && r.get("name") instanceof String)) {
        throw ApiError.invalid("Invalid value for recurrence: must be an object with a name");
      }
      t.recurrence = recurrence;
    }
    if (body.get("external_id") instanceof String e) {
      t.externalId = e;
    }
  }

  /**
   * Reads the due date: {@code due_on} is UTC; otherwise {@code due_date} with an optional {@code due_time} is local
   * to {@link #USER_ZONE}. A {@code null} value clears it.
   */
  private static void applyDue(StoredTask t, Map<String, @Nullable Object> body) {
    try {
      if (body.get("due_on") instanceof String on) {
        t.dueOn = LocalDateTime.parse(on, World.PODIO_TIME.withZone(null)).toInstant(ZoneOffset.UTC);
        t.dueDay = null;
      } else if (body.get("due_date") instanceof String date) {
        LocalDate day = LocalDate.parse(date);
        if (body.get("due_time") instanceof String time) {
          t.dueOn = day.atTime(LocalTime.parse(time)).atZone(USER_ZONE).toInstant();
          t.dueDay = null;
        } else {
          t.dueDay = day;
          t.dueOn = null;
        }
      } else if (body.containsKey("due_date") || body.containsKey("due_on")) {
        t.dueDay = null;
        t.dueOn = null;
      }
    } catch (DateTimeException e) {
      throw ApiError.invalid("Invalid due date: due_on must be 'yyyy-MM-dd HH:mm:ss' (UTC), due_date 'yyyy-MM-dd', "
          + "due_time 'HH:mm:ss'");
    }
  }

  private long userId(Object value) {
    long id;
    if (value instanceof Long n) {
      id = n;
    } else if (value instanceof Map<?, ?> m && "user".equals(m.get("type")) && m.get("id") instanceof Long n) {
      id = n;
    } else {
      throw ApiError.invalid("Invalid value for responsible: must be a user id");
    }
    Collab.contact(world, id);
    return id;
  }

  private void attachFiles(ApiRequest request, StoredTask t, Map<String, @Nullable Object> body) {
    List<Long> fileIds = Collab.ids(body, "file_ids");
    if (!fileIds.isEmpty()) {
      world.area(FileRoutes.class).attach(request, fileIds, "task", t.id);
    }
  }

  private Reply change(ApiRequest request, TaskChange change) throws IOException {
    StoredTask t = visible(request);
    synchronized (t) {
      change.apply(t);
    }
    publish(request, "task.update", t);
    return Reply.noContent();
  }

  @FunctionalInterface
  private interface TaskChange {
    void apply(StoredTask t) throws IOException;
  }

  private Reply rank(ApiRequest request) throws IOException {
    StoredTask t = visible(request);
    Map<String, @Nullable Object> body = request.object();
    Double before = body.get("before") == null ? null : rankOf(Collab.number(body, "before"));
    Double after = body.get("after") == null ? null : rankOf(Collab.number(body, "after"));
    if (before == null && after == null) {
      throw ApiError.invalid("Give before or after: the task to rank this one before or after");
    }
    synchronized (t) {
      if (before != null && after != null) {
        t.rank = (before + after) / 2;
      } else if (before != null) {
        t.rank = before - 1;
      } else {
        t.rank = Objects.requireNonNull(after) + 1;
      }
    }
    return Reply.noContent();
  }

  private double rankOf(long taskId) {
    StoredTask other = tasks.get(taskId);
    if (other == null) {
      throw ApiError.notFound("Task", taskId);
    }
    synchronized (other) {
      return other.rank;
    }
  }

  private void publish(ApiRequest request, String type, StoredTask t) {
    Map<String, Object> data = new LinkedHashMap<>();
    synchronized (t) {
      data.put("task_id", t.id);
      if (t.refType != null) {
        data.put("ref_type", t.refType);
        data.put("ref_id", t.refId);
      }
      if (t.responsible != null) {
        data.put("responsible", t.responsible);
      }
      if (!t.createdBy.isApp()) {
        data.put("created_by", t.createdBy.id());
      }
    }
    world.publish(new World.Event(type, "task", t.id, request.caller(), Collab.withOptions(request, data)));
  }

  private StoredTask visible(ApiRequest request) {
    long taskId = request.id("task_id");
    StoredTask t = tasks.get(taskId);
    if (t == null || !canSee(t, request.caller())) {
      throw ApiError.notFound("Task", taskId);
    }
    return t;
  }

  private static boolean canSee(StoredTask t, Ref caller) {
    synchronized (t) {
      return !t.isPrivate || t.createdBy.equals(caller)
          || (!caller.isApp() && t.responsible != null && t.responsible == caller.id());
    }
  }

  private static boolean isResponsible(StoredTask t, Ref caller) {
    synchronized (t) {
      return !caller.isApp() && t.responsible != null && t.responsible == caller.id();
    }
  }

  private @Nullable Long space(StoredTask t) {
    String type;
    long id;
    synchronized (t) {
      type = t.refType;
      id = t.refId;
    }
    return type == null ? null : Collab.spaceOf(world, type, id);
  }

  private List<Object> list(ApiRequest request) {
    Ref caller = request.caller();
    String completed = request.query("completed");
    long responsible = request.queryLong("responsible", -1);
    String createdBy = request.query("created_by");
    String reference = request.query("reference");
    long app = request.queryLong("app", -1);
    long space = request.queryLong("space", -1);
    long org = request.queryLong("org", -1);
    long label = request.queryLong("label", -1);
    String externalId = request.query("external_id");
    String sortBy = request.query("sort_by", "rank");
    String view = request.query("view", "full");
    if (!Set.of("rank", "created_on", "completed_on", "due_date").contains(sortBy)) {
      throw ApiError.invalid("Invalid value for sort_by: '" + sortBy + "'");
    }
    if (!Set.of("micro", "basic", "full").contains(view)) {
      throw ApiError.invalid("Invalid value for view: '" + view + "'");
    }
    Predicate<StoredTask> match = t -> {
      synchronized (t) {
        return (completed == null || t.completed == (completed.equals("1") || completed.equals("true")))
            && (responsible < 0 || (t.responsible != null && t.responsible == responsible))
            && (createdBy == null || createdBy.equals(t.createdBy.type() + ":" + t.createdBy.id())
                || createdBy.equals(Long.toString(t.createdBy.id())))
            && (reference == null || reference.equals(t.refType + ":" + t.refId))
            && (label < 0 || t.labelIds.contains(label))
            && (externalId == null || externalId.equals(t.externalId));
      }
    };
    Comparator<StoredTask> order = switch (sortBy) {
      case "created_on" -> Comparator.comparing(t -> t.createdOn);
      case "completed_on" -> Comparator.comparing(t -> t.completedOn, Comparator.nullsLast(Comparator.naturalOrder()));
      case "due_date" -> Comparator.comparing(t -> dueKey(t), Comparator.nullsLast(Comparator.naturalOrder()));
      default -> Comparator.comparingDouble(t -> t.rank);
    };
    order = order.thenComparingLong(t -> t.id);
    if (request.queryFlag("sort_desc", false)) {
      order = order.reversed();
    }
    List<StoredTask> all = tasks.values().stream().filter(t -> canSee(t, caller)).filter(match)
        .filter(t -> app < 0 || Objects.equals(refApp(t), app))
        .filter(t -> space < 0 || Objects.equals(space(t), space))
        .filter(t -> org < 0 || (org == EmulatorState.ORG_ID && space(t) != null))
        .sorted(order).toList();
    List<Object> out = new ArrayList<>();
    for (StoredTask t : Collab.page(request, all, 10, MAX_LIMIT)) {
      out.add(taskJson(t, caller, view));
    }
    return out;
  }

  private static @Nullable Instant dueKey(StoredTask t) {
    synchronized (t) {
      return t.dueOn != null ? t.dueOn : t.dueDay == null ? null : t.dueDay.atStartOfDay(USER_ZONE).toInstant();
    }
  }

  private @Nullable Long refApp(StoredTask t) {
    String type;
    long id;
    synchronized (t) {
      type = t.refType;
      id = t.refId;
    }
    return type == null ? null : Collab.appOf(world, type, id);
  }

  private Map<String, Object> summary(ApiRequest request, Predicate<StoredTask> in) {
    long limit = request.queryLong("limit", 4);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiError.invalid("Invalid value for limit: must be between 1 and " + MAX_LIMIT);
    }
    LocalDate today = LocalDate.ofInstant(world.now(), USER_ZONE);
    Map<String, List<StoredTask>> groups = new LinkedHashMap<>();
    groups.put("overdue", new ArrayList<>());
    groups.put("today", new ArrayList<>());
    groups.put("other", new ArrayList<>());
    tasks.values().stream().filter(t -> canSee(t, request.caller())).filter(in)
        .sorted(Comparator.comparing((StoredTask t) -> dueKey(t), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(t -> t.id))
        .forEach(t -> {
          LocalDate due;
          synchronized (t) {
            if (t.completed) {
              return;
            }
            due = t.localDueDate();
          }
          String group = due == null || due.isAfter(today) ? "other" : due.isBefore(today) ? "overdue" : "today";
          Objects.requireNonNull(groups.get(group)).add(t);
        });
    Map<String, Object> m = new LinkedHashMap<>();
    groups.forEach((name, list) -> {
      List<Object> shown = new ArrayList<>();
      for (int i = 0; i < list.size() && i < limit; i++) {
        shown.add(taskJson(list.get(i), request.caller(), "full"));
      }
      m.put(name, Map.of("total", list.size(), "tasks", shown));
    });
    return m;
  }

  private String group(StoredTask t) {
    if (t.completed) {
      return "completed";
    }
    LocalDate due = t.localDueDate();
    LocalDate today = LocalDate.ofInstant(world.now(), USER_ZONE);
    if (due == null) {
      return "no_due_date";
    }
    if (due.isBefore(today)) {
      return "overdue";
    }
    if (due.equals(today)) {
      return "today";
    }
    if (due.equals(today.plusDays(1))) {
      return "tomorrow";
    }
    return due.isBefore(today.plusDays(8)) ? "upcoming" : "later";
  }

  private Map<String, Object> taskJson(StoredTask t, Ref caller, String view) {
    synchronized (t) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("task_id", t.id);
      m.put("text", t.text);
      m.put("status", t.completed ? "completed" : "active");
      m.put("link", link(t));
      if (view.equals("micro")) {
        return m;
      }
      m.put("group", group(t));
      m.put("description", t.description);
      m.put("private", t.isPrivate);
      LocalDate dueDate = t.localDueDate();
      m.put("due_date", dueDate == null ? null : dueDate.toString());
      m.put("due_time", localTime(t));
      m.put("due_on", t.dueOn == null ? null : World.PODIO_TIME.format(t.dueOn));
      m.put("responsible", t.responsible == null ? null : Collab.contact(world, t.responsible));
      m.put("space_id", space(t));
      m.put("created_on", World.PODIO_TIME.format(t.createdOn));
      m.put("created_by", Collab.byLine(world, t.createdBy));
      m.put("completed_on", t.completedOn == null ? null : World.PODIO_TIME.format(t.completedOn));
      m.put("completed_by", t.completedBy == null ? null : Collab.byLine(world, t.completedBy));
      m.put("ref", Collab.ref(world, t.refType, t.refId));
      List<Object> labelJson = new ArrayList<>();
      for (long id : t.labelIds) {
        Label label = labels.get(id);
        if (label != null) {
          labelJson.add(labelJson(label));
        }
      }
      m.put("labels", labelJson);
      m.put("external_id", t.externalId);
      m.put("reminder", t.reminder);
      m.put("recurrence", t.recurrence);
      if (view.equals("full")) {
        m.put("files", world.area(FileRoutes.class).filesOn("task", t.id));
        m.put("rights", t.createdBy.equals(caller) ? List.of("view", "update", "delete", "comment")
            : List.of("view", "comment"));
      }
      return m;
    }
  }

  /** The local due time, {@code HH:mm:ss}, or null for an all-day task or none. */
  private static @Nullable String localTime(StoredTask t) {
    return t.dueOn == null ? null : TIME.format(LocalTime.ofInstant(t.dueOn, USER_ZONE));
  }

  private String link(StoredTask t) {
    return world.baseUrl() + "/tasks/" + t.id;
  }

  private String ical(StoredTask t) {
    StringBuilder sb = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//podiokit//Podio emulator//EN\r\n");
    synchronized (t) {
      sb.append("BEGIN:VTODO\r\nUID:task-").append(t.id).append("@podio.com\r\n");
      sb.append("DTSTAMP:").append(ICAL_UTC.format(t.createdOn)).append("\r\n");
      sb.append("SUMMARY:").append(t.text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
          .replace("\n", "\\n")).append("\r\n");
      if (t.dueOn != null) {
        sb.append("DUE:").append(ICAL_UTC.format(t.dueOn)).append("\r\n");
      } else if (t.dueDay != null) {
        sb.append("DUE;VALUE=DATE:").append(t.dueDay.toString().replace("-", "")).append("\r\n");
      }
      sb.append("STATUS:").append(t.completed ? "COMPLETED" : "NEEDS-ACTION").append("\r\n");
      sb.append("URL:").append(link(t)).append("\r\nEND:VTODO\r\n");
    }
    return sb.append("END:VCALENDAR\r\n").toString();
  }

  private Label ownLabel(ApiRequest request) {
    long owner = request.userId();
    long labelId = request.id("label_id");
    Label label = labels.get(labelId);
    if (label == null || label.owner() != owner) {
      throw ApiError.notFound("Label", labelId);
    }
    return label;
  }

  private Label labelByText(long owner, String text) {
    synchronized (labels) {
      for (Label l : labels.values()) {
        if (l.owner() == owner && l.text().equals(text)) {
          return l;
        }
      }
      Label label = new Label(world.nextId("task_label", 900_000), owner, text, "E9E9E9");
      labels.put(label.id(), label);
      return label;
    }
  }

  private static String color(Map<String, @Nullable Object> body) {
    Object color = body.get("color");
    if (color == null) {
      return "E9E9E9";
    }
    if (!(color instanceof String c) || !c.matches("[0-9A-Fa-f]{6}")) {
      throw ApiError.invalid("Invalid value for color: must be six hex digits such as E9E9E9");
    }
    return c;
  }

  private static Map<String, Object> labelJson(Label l) {
    return Map.of("label_id", l.id(), "text", l.text(), "color", l.color());
  }
}
