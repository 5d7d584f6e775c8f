package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The calendar: {@code /calendar/...}. Tasks show on their due date and items on each of their date fields; the area
 * keeps an index of the tasks and items it heard of ({@code task.*}, {@code item.*} events) and reads their dates
 * from their references when asked, so a changed due date moves the event. Ranges, summaries (today and upcoming, on
 * the emulator's clock, UTC), iCal feeds ({@code text/calendar}, with a per-user feed token) and the user's mutes,
 * which hide a workspace's or an app's events from the global calendar.
 */
final class CalendarRoutes extends Area {

  private static final long DEFAULT_SUMMARY_LIMIT = 5;
  private static final long MAX_SUMMARY_LIMIT = 100;

  /** One calendar event, read from a task or an item's date field. */
  record Event(String uid, String type, long id, String group, @Nullable Object title, @Nullable Object status,
               @Nullable Object link, String start, @Nullable String startTime, @Nullable String startUtc, String end,
               @Nullable String endTime, @Nullable String endUtc, @Nullable Long appId, @Nullable Long spaceId,
               @Nullable Long owner) {
    LocalDate startDay() {
      return LocalDate.parse(start.substring(0, 10));
    }

    LocalDate endDay() {
      return LocalDate.parse(end.substring(0, 10));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
      return !startDay().isAfter(to) && !endDay().isBefore(from);
    }
  }

  private final Set<String> indexed;
  private final Map<Long, Set<String>> mutes = new ConcurrentHashMap<>();
  private final byte[] feedSecret = new byte[16];

  CalendarRoutes(World world) {
    super(world);
    new SecureRandom().nextBytes(feedSecret);
    indexed = Collab.existing(world, Set.of("task", "item"));
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/calendar/", request -> range(request, e -> !muted(request.caller(), e)));
    routes.get("/calendar/space/{space_id}/", request -> {
      Long spaceId = request.id("space_id");
      return range(request, e -> spaceId.equals(e.spaceId()));
    });
    routes.get("/calendar/app/{app_id}/", request -> {
      Long appId = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")).id();
      return range(request, e -> appId.equals(e.appId()));
    });
    routes.get("/calendar/summary", request -> summary(request, e -> !muted(request.caller(), e)));
    routes.get("/calendar/personal/summary", request -> {
      Long userId = request.userId();
      return summary(request, e -> userId.equals(e.owner()));
    });
    routes.get("/calendar/space/{space_id}/summary", request -> {
      Long spaceId = request.id("space_id");
      return summary(request, e -> spaceId.equals(e.spaceId()));
    });
    routes.get("/calendar/ics/{user_id}/{token}/", request -> {
      Ref user = feedUser(request);
      return ical(events(user, e -> !muted(user, e)));
    });
    routes.get("/calendar/space/{space_id}/ics/{user_id}/{token}/", request -> {
      Long spaceId = request.id("space_id");
      return ical(events(feedUser(request), e -> spaceId.equals(e.spaceId())));
    });
    routes.get("/calendar/app/{app_id}/ics/{user_id}/{token}/", request -> {
      Ref user = feedUser(request);
      Long appId = world.area(AppRoutes.class).visible(user, request.id("app_id")).id();
      return ical(events(user, e -> appId.equals(e.appId())));
    });
    routes.get("/calendar/mute/", request -> {
      List<Object> out = new ArrayList<>();
      for (String muted : mutes.getOrDefault(request.userId(), Set.of())) {
        String[] parts = muted.split(":");
        long id = Long.parseLong(parts[1]);
        Map<String, Object> ref = world.ref(parts[0], id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", parts[0]);
        m.put("title", ref == null ? parts[0] + " " + id : ref.get("title"));
        m.put("data", Map.of());
        m.put("item", true);
        m.put("status", true);
        m.put("task", true);
        out.add(m);
      }
      return out;
    });
  }

  /** Hides the events of a workspace ({@code space}) or an app ({@code app}) from a user's global calendar. */
  void mute(long userId, String type, long id) {
    if (!type.equals("space") && !type.equals("app")) {
      throw new IllegalArgumentException("only a space or an app can be muted, not " + type);
    }
    mutes.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(type + ":" + id);
  }

  /** The token in a user's iCal feed addresses. */
  String feedToken(long userId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(feedSecret);
      sha.update(Long.toString(userId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private Ref feedUser(ApiRequest request) {
    long userId = request.id("user_id");
    if (world.state.user(userId) == null) {
      throw ApiError.notFound("User", userId);
    }
    if (!MessageDigest.isEqual(feedToken(userId).getBytes(StandardCharsets.UTF_8),
        request.param("token").getBytes(StandardCharsets.UTF_8))) {
      throw ApiError.forbidden("The calendar feed token is not valid for user " + userId);
    }
    return Ref.user(userId);
  }

  private boolean muted(Ref caller, Event e) {
    Set<String> muted = caller.isApp() ? Set.of() : mutes.getOrDefault(caller.id(), Set.of());
    return (e.spaceId() != null && muted.contains("space:" + e.spaceId()))
        || (e.appId() != null && muted.contains("app:" + e.appId()));
  }

  private List<Object> range(ApiRequest request, Predicate<Event> scope) {
    LocalDate from = date(request, "date_from");
    LocalDate to = date(request, "date_to");
    if (to.isBefore(from)) {
      throw ApiError.invalid("Invalid value for date_to: " + to + " is before date_from " + from);
    }
    String types = request.query("types");
    List<String> wanted = types == null || types.isBlank() ? List.of("task", "item") : List.of(types.split(","));
    return events(request.caller(), scope.and(e -> wanted.contains(e.type()) && e.overlaps(from, to))).stream()
        .map(this::json).map(Object.class::cast).toList();
  }

  private Map<String, Object> summary(ApiRequest request, Predicate<Event> scope) {
    long limit = request.queryLong("limit", DEFAULT_SUMMARY_LIMIT);
    LocalDate today = LocalDate.ofInstant(world.now(), ZoneOffset.UTC);
    List<Event> events = events(request.caller(), scope);
    List<Event> todays = events.stream().filter(e -> e.overlaps(today, today)).toList();
    List<Event> upcoming = events.stream().filter(e -> e.startDay().isAfter(today)).toList();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("today", section(todays, limit));
    m.put("upcoming", section(upcoming, limit));
    return m;
  }

  private Map<String, Object> section(List<Event> events, long limit) {
    return Map.of("count", events.size(),
        "events", Collab.page(events, limit, 0, MAX_SUMMARY_LIMIT).stream().map(this::json).toList());
  }

  private static LocalDate date(ApiRequest request, String name) {
    String text = request.query(name);
    if (text == null) {
      throw ApiError.invalid("Missing value for " + name + ": give a date as yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiError.invalid("Invalid value for " + name + ": '" + text + "' is not a date as yyyy-MM-dd");
    }
  }

  /** Every event {@code caller} may see that matches {@code which}, earliest first. */
  List<Event> events(Ref caller, Predicate<Event> which) {
    List<Event> out = new ArrayList<>();
    for (String key : indexed) {
      String[] parts = key.split(":");
      long id = Long.parseLong(parts[1]);
      if (Collab.visible(world, caller, parts[0], id)) {
        out.addAll(parts[0].equals("task") ? taskEvents(id) : itemEvents(id));
      }
    }
    return out.stream().filter(which)
        .sorted(Comparator.comparing(Event::start).thenComparing(Event::uid)).toList();
  }

  private List<Event> taskEvents(long taskId) {
    Map<String, Object> task = world.ref("task", taskId);
    String dueDate = Collab.textOf(task, "due_date");
    if (task == null || dueDate == null) {
      return List.of();
    }
    String dueTime = Collab.textOf(task, "due_time");
    String dueOn = dueTime == null ? null : Collab.textOf(task, "due_on");
    String start = dueTime == null ? dueDate : dueDate + " " + dueTime;
    Long owner = Collab.longValue(task, "responsible");
    return List.of(new Event("task_" + taskId, "task", taskId, "tasks", task.get("title"), task.get("status"),
        task.get("link"), start, dueTime, dueOn, start, dueTime, dueOn, Collab.appOf(world, "task", taskId),
        Collab.spaceOf(world, "task", taskId),
        owner != null ? owner : Collab.longValue(task, "created_by")));
  }

  private List<Event> itemEvents(long itemId) {
    Map<String, Object> item = world.ref("item", itemId);
    if (item == null || !(item.get("date_fields") instanceof List<?> fields)) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    for (Object f : fields) {
      if (!(f instanceof Map<?, ?> field) || !(field.get("start") instanceof String start) || start.length() < 10) {
        continue;
      }
      String end = field.get("end") instanceof String e && e.length() >= 10 ? e : start;
      String startTime = start.length() > 10 ? start.substring(11) : null;
      String endTime = end.length() > 10 ? end.substring(11) : null;
      out.add(new Event("item_" + itemId + "_" + field.get("field_id"), "item", itemId,
          String.valueOf(field.get("label")), item.get("title"), null, item.get("link"), start, startTime,
          startTime == null ? null : start, end, endTime, endTime == null ? null : end,
          Collab.longValue(item, "app_id"), Collab.spaceOf(world, "item", itemId),
          Collab.longValue(item, "created_by")));
    }
    return out;
  }

  private Map<String, Object> json(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("uid", e.uid());
    m.put("type", e.type());
    m.put("id", e.id());
    m.put("group", e.group());
    m.put("title", e.title());
    m.put("description", null);
    m.put("location", null);
    m.put("status", e.status());
    m.put("link", e.link());
    m.put("start", e.start());
    m.put("start_date", e.start().substring(0, 10));
    m.put("start_time", e.startTime());
    m.put("start_utc", e.startUtc());
    m.put("end", e.end());
    m.put("end_date", e.end().substring(0, 10));
    m.put("end_time", e.endTime());
    m.put("end_utc", e.endUtc());
    m.put("ref_type", e.type());
    m.put("ref_id", e.id());
    if (e.appId() != null) {
      EmulatorState.App app = world.state.app(e.appId());
      m.put("app", Map.of("app_id", e.appId(), "config", Map.of("name", app == null ? "" : app.name())));
    }
    return m;
  }

  private Reply ical(List<Event> events) {
    StringBuilder b = new StringBuilder();
    line(b, "BEGIN:VCALENDAR");
    line(b, "VERSION:2.0");
    line(b, "PRODID:-//podiokit//PodioEmulator//EN");
    line(b, "CALSCALE:GREGORIAN");
    String stamp = World.PODIO_TIME.format(world.now()).replace("-", "").replace(":", "").replace(' ', 'T') + "Z";
    for (Event e : events) {
      line(b, "BEGIN:VEVENT");
      line(b, "UID:" + e.uid() + "@podio.com");
      line(b, "DTSTAMP:" + stamp);
      line(b, icalTime("DTSTART", e.start(), e.startUtc(), 0));
      line(b, icalTime("DTEND", e.end(), e.endUtc(), 1));
      line(b, "SUMMARY:" + escape(String.valueOf(e.title())));
      if (e.link() != null) {
        line(b, "URL:" + e.link());
      }
      line(b, "END:VEVENT");
    }
    line(b, "END:VCALENDAR");
    return Reply.bytes("text/calendar; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** An iCal date-time in UTC, or an all-day date; an all-day end is the day after ({@code plusDays} 1). */
  private static String icalTime(String name, String local, @Nullable String utc, int plusDays) {
    if (utc == null) {
      return name + ";VALUE=DATE:" + LocalDate.parse(local.substring(0, 10)).plusDays(plusDays).toString()
          .replace("-", "");
    }
    return name + ":" + utc.replace("-", "").replace(":", "").replace(' ', 'T') + "Z";
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  private static void line(StringBuilder b, String line) {
    b.append(line).append("\r\n");
  }
}
