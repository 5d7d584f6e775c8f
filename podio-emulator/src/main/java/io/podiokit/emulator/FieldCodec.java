package io.podiokit.emulator;

import io.podiokit.emulator.AppRoutes.AppData;
import io.podiokit.emulator.AppRoutes.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Item field values: reads a write (Podio's write shapes, and the read shapes old clients send back) into the values
 * the emulator keeps, checking them against the field's type and settings (Podio's 400 otherwise), and renders kept
 * values in Podio's read shapes. The emulator's users are in UTC, so local and UTC times are the same.
 */
final class FieldCodec {

  /** A money value. */
  record Money(BigDecimal value, String currency) {}

  /** A date value; times are null for all-day dates. */
  record DateValue(LocalDate startDate, @Nullable LocalTime startTime, @Nullable LocalDate endDate,
                   @Nullable LocalTime endTime) {
    LocalDateTime start() {
      return startDate.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime);
    }
  }

  /** An embed value. */
  record Embed(long embedId, @Nullable Long fileId) {}

  /** A phone or email value. */
  record Typed(String type, String value) {}

  private static final Set<String> SINGLE = Set.of("text", "number", "progress", "duration", "money", "location",
      "date");
  private static final List<String> PHONE_TYPES = List.of("mobile", "work", "home", "main", "work_fax",
      "private_fax", "other");
  private static final List<String> EMAIL_TYPES = List.of("work", "home", "other");

  private final World world;

  FieldCodec(World world) {
    this.world = world;
  }

  // ---- reading writes

  /** The values a write sets in {@code field}; an empty list clears it. */
  List<Object> parse(AppData app, Field field, @Nullable Object raw) {
    if (field.type().equals("calculation")) {
      throw invalid(field, "calculation fields are read-only");
    }
    List<@Nullable Object> elements = new ArrayList<>();
    if (raw instanceof List<?> list) {
      elements.addAll(list);
    } else if (raw != null) {
      elements.add(raw);
    }
    boolean single = SINGLE.contains(field.type())
        || field.type().equals("category") && Boolean.FALSE.equals(field.settings().get("multiple"));
    if (single && elements.size() > 1) {
      throw invalid(field, "the field holds one value, " + elements.size() + " were given");
    }
    List<Object> out = new ArrayList<>();
    for (Object e : elements) {
      if (e == null) {
        throw invalid(field, "null is not a value; send [] to empty the field");
      }
      Object value = one(app, field, e);
      if (!out.contains(value)) {
        out.add(value);
      }
    }
    if (field.required() && out.isEmpty()) {
      throw invalid(field, "the field is required");
    }
    return List.copyOf(out);
  }

  private Object one(AppData app, Field field, Object e) {
    String type = field.type();
    switch (type) {
      case "text", "location", "tag" -> {
        Object v = unwrap(e);
        if (!(v instanceof String s) || (type.equals("tag") && s.isBlank())) {
          throw invalid(field, "expected a text, got " + Json.write(e));
        }
        return s;
      }
      case "number" -> {
        return decimal(field, unwrap(e));
      }
      case "progress", "duration" -> {
        BigDecimal d = decimal(field, unwrap(e));
        long n;
        try {
          n = d.longValueExact();
        } catch (ArithmeticException x) {
          throw invalid(field, "expected a whole number, got " + d);
        }
        if (n < 0 || type.equals("progress") && n > 100) {
          throw invalid(field, type.equals("progress") ? "progress must be between 0 and 100, was " + n
              : "a duration must not be negative, was " + n);
        }
        return n;
      }
      case "money" -> {
        Map<String, @Nullable Object> m = object(field, e);
        if (!(m.get("currency") instanceof String currency)) {
          throw invalid(field, "a money value needs a currency");
        }
        if (!AppRoutes.list(field.settings().get("allowed_currencies"), "allowed_currencies").contains(currency)) {
          throw invalid(field, "currency " + currency + " is not one of "
              + field.settings().get("allowed_currencies"));
        }
        return new Money(decimal(field, m.get("value")), currency);
      }
      case "date" -> {
        return date(field, object(field, e));
      }
      case "category" -> {
        long id = id(field, e, "id");
        for (Object o : AppRoutes.list(field.settings().get("options"), "options")) {
          if (o instanceof Map<?, ?> option && Long.valueOf(id).equals(option.get("id"))
              && "active".equals(option.get("status"))) {
            return id;
          }
        }
        throw invalid(field, "no option with id " + id);
      }
      case "app" -> {
        long itemId = id(field, e, "item_id");
        Long appId = world.area(ItemRoutes.class).appOf(itemId);
        if (appId == null) {
          throw invalid(field, "no item with id " + itemId);
        }
        List<Long> referenced = world.area(AppRoutes.class).referencedApps(field);
        if (!referenced.isEmpty() && !referenced.contains(appId)) {
          throw invalid(field, "item " + itemId + " is in app " + appId + ", the field points at apps "
              + referenced);
        }
        return itemId;
      }
      case "contact" -> {
        long profileId = id(field, e, "profile_id");
        if (profile(profileId) == null) {
          throw invalid(field, "no profile with id " + profileId);
        }
        return profileId;
      }
      case "image", "file" -> {
        return id(field, e, "file_id");
      }
      case "embed" -> {
        if (e instanceof Long embedId) {
          return new Embed(embedId, null);
        }
        Map<String, @Nullable Object> m = object(field, e);
        Object embed = m.get("embed") instanceof Map<?, ?> em ? em.get("embed_id") : m.get("embed");
        Object file = m.get("file") instanceof Map<?, ?> f ? f.get("file_id") : m.get("file");
        if (!(embed instanceof Long embedId) || embedId <= 0) {
          throw invalid(field, "an embed value needs an embed id");
        }
        if (file != null && !(file instanceof Long)) {
          throw invalid(field, "an embed's file must be a file id");
        }
        return new Embed(embedId, (Long) file);
      }
      case "phone", "email" -> {
        Map<String, @Nullable Object> m = object(field, e);
        List<?> allowed = field.settings().get("possible_types") instanceof List<?> l ? l
            : type.equals("phone") ? PHONE_TYPES : EMAIL_TYPES;
        if (!(m.get("type") instanceof String t) || !allowed.contains(t)) {
          throw invalid(field, "type must be one of " + allowed + ", was " + Json.write(m.get("type")));
        }
        if (!(m.get("value") instanceof String v) || v.isBlank()) {
          throw invalid(field, "a " + type + " value needs a value");
        }
        if (type.equals("email") && v.indexOf('@') < 1) {
          throw invalid(field, "'" + v + "' is not an email address");
        }
        return new Typed(t, v);
      }
      default -> {
        return e instanceof Map<?, ?> m ? Map.copyOf(AppRoutes.map(m, "value")) : Map.of("value", e);
      }
    }
  }

  private static @Nullable Object unwrap(Object e) {
    return e instanceof Map<?, ?> m && m.containsKey("value") ? m.get("value") : e;
  }

  private static long id(Field field, Object e, String key) {
    Object v = unwrap(e);
    if (v instanceof Map<?, ?> m) {
      v = m.get(key);
    }
    if (v instanceof Long id && id > 0) {
      return id;
    }
    if (v instanceof String s && s.matches("[1-9][0-9]{0,17}")) {
      return Long.parseLong(s);
    }
    throw invalid(field, "expected an id, got " + Json.write(e));
  }

  private static BigDecimal decimal(Field field, @Nullable Object v) {
    try {
      if (v instanceof Long l) {
        return BigDecimal.valueOf(l);
      }
      if (v instanceof Double d) {
        return BigDecimal.valueOf(d);
      }
      if (v instanceof String s) {
        return new BigDecimal(s.trim());
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw invalid(field, "expected a number, got " + Json.write(v));
  }

  private static Map<String, @Nullable Object> object(Field field, Object e) {
    if (e instanceof Map<?, ?> m) {
      return AppRoutes.map(m, "value");
    }
    throw invalid(field, "expected an object, got " + Json.write(e));
  }

  private static DateValue date(Field field, Map<String, @Nullable Object> m) {
    LocalDateTime start = moment(field, m, "start");
    if (start == null) {
      throw invalid(field, "a date needs start_date, start_utc or start");
    }
    boolean allDay = m.get("start_date") != null && m.get("start_time") == null
        || m.get("start") instanceof String s && s.length() == 10;
    LocalDateTime end = moment(field, m, "end");
    if (end != null && end.isBefore(start)) {
      throw invalid(field, "the end " + end + " is before the start " + start);
    }
    if (end != null && "disabled".equals(field.settings().get("end"))) {
      throw invalid(field, "the field has no end date");
    }
    return new DateValue(start.toLocalDate(), allDay ? null : start.toLocalTime(),
        end == null ? null : end.toLocalDate(), end == null || allDay ? null : end.toLocalTime());
  }

  private static @Nullable LocalDateTime moment(Field field, Map<String, @Nullable Object> m, String which) {
    try {
      if (m.get(which + "_utc") instanceof String utc) {
        return utc.length() == 10 ? LocalDate.parse(utc).atStartOfDay()
            : LocalDateTime.parse(utc, World.PODIO_TIME);
      }
      if (m.get(which + "_date") instanceof String d) {
        LocalDate day = LocalDate.parse(d);
        return m.get(which + "_time") instanceof String t ? day.atTime(LocalTime.parse(t)) : day.atStartOfDay();
      }
      if (m.get(which) instanceof String s) {
        return s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : LocalDateTime.parse(s, World.PODIO_TIME);
      }
    } catch (DateTimeParseException e) {
      throw invalid(field, "'" + e.getParsedString() + "' is not a date (yyyy-MM-dd) or a time"
          + " (yyyy-MM-dd HH:mm:ss)");
    }
    if (m.get(which + "_utc") != null || m.get(which + "_date") != null || m.get(which) != null) {
      throw invalid(field, which + " must be a text");
    }
    return null;
  }

  static ApiError invalid(Field field, String why) {
    return ApiError.invalid("Invalid value for field '" + field.externalId() + "' (" + field.type() + ", field_id "
        + field.id() + "): " + why);
  }

  // ---- rendering

  /** The kept values of {@code field} in Podio's read shape. */
  List<Map<String, Object>> render(Field field, List<Object> values) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object v : values) {
      Map<String, Object> r = renderOne(field, v);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private @Nullable Map<String, Object> renderOne(Field field, Object v) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (field.type()) {
      case "number", "calculation" -> m.put("value", ((BigDecimal) v).setScale(4, RoundingMode.HALF_UP)
          .toPlainString());
      case "money" -> {
        Money money = (Money) v;
        m.put("value", money.value().setScale(4, RoundingMode.HALF_UP).toPlainString());
        m.put("currency", money.currency());
      }
      case "location" -> {
        m.put("value", v);
        m.put("formatted", v);
      }
      case "date" -> date((DateValue) v, m);
      case "category" -> {
        for (Object o : AppRoutes.list(field.settings().get("options"), "options")) {
          if (o instanceof Map<?, ?> option && v.equals(option.get("id"))) {
            m.put("value", option);
          }
        }
        if (m.isEmpty()) {
          return null;
        }
      }
      case "app" -> {
        Map<String, Object> item = world.area(ItemRoutes.class).micro((Long) v);
        if (item == null) {
          return null;
        }
        m.put("value", item);
      }
      case "contact" -> {
        Map<String, Object> profile = profile((Long) v);
        if (profile == null) {
          return null;
        }
        m.put("value", profile);
      }
      case "image", "file" -> m.put("value", file((Long) v));
      case "embed" -> {
        Embed e = (Embed) v;
        Map<String, Object> ref = world.ref("embed", e.embedId());
        Map<String, Object> embed = new LinkedHashMap<>();
        embed.put("embed_id", e.embedId());
        String url = ref != null && ref.get("link") instanceof String l ? l : "https://example.com/" + e.embedId();
        embed.put("url", url);
        embed.put("original_url", ref != null && ref.get("original_url") instanceof String o ? o : url);
        embed.put("title", ref == null ? "Link " + e.embedId() : ref.get("title"));
        embed.put("type", "link");
        m.put("embed", embed);
        m.put("file", e.fileId() == null ? null : file(e.fileId()));
      }
      case "phone", "email" -> {
        Typed t = (Typed) v;
        m.put("type", t.type());
        m.put("value", t.value());
      }
      case "text", "tag", "progress", "duration" -> m.put("value", v);
      default -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) v;
        m.putAll(raw);
      }
    }
    return m;
  }

  private static void date(DateValue d, Map<String, Object> m) {
    String startDate = d.startDate().toString();
    String startTime = d.startTime() == null ? null : d.startTime().toString().length() == 5
        ? d.startTime() + ":00" : d.startTime().toString();
    String endDate = d.endDate() == null ? null : d.endDate().toString();
    String endTime = d.endTime() == null ? null : d.endTime().toString().length() == 5 ? d.endTime() + ":00"
        : d.endTime().toString();
    m.put("start", startDate + " " + (startTime == null ? "00:00:00" : startTime));
    m.put("start_date", startDate);
    m.put("start_time", startTime);
    m.put("start_utc", startTime == null ? startDate : startDate + " " + startTime);
    m.put("start_date_utc", startDate);
    m.put("start_time_utc", startTime);
    m.put("end", endDate == null ? null : endDate + " " + (endTime == null ? "00:00:00" : endTime));
    m.put("end_date", endDate);
    m.put("end_time", endTime);
    m.put("end_utc", endDate == null ? null : endTime == null ? endDate : endDate + " " + endTime);
    m.put("end_date_utc", endDate);
    m.put("end_time_utc", endTime);
  }

  /** A date value as EVENTS.md's {@code start}/{@code end}: {@code yyyy-MM-dd} or UTC {@code yyyy-MM-dd HH:mm:ss}. */
  static Map<String, Object> dateField(Field field, DateValue d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field_id", field.id());
    m.put("label", field.label());
    m.put("start", d.startTime() == null ? d.startDate().toString() : World.PODIO_TIME.format(
        d.startDate().atTime(d.startTime()).toInstant(java.time.ZoneOffset.UTC)));
    m.put("end", d.endDate() == null ? null : d.endTime() == null ? d.endDate().toString()
        : World.PODIO_TIME.format(d.endDate().atTime(d.endTime()).toInstant(java.time.ZoneOffset.UTC)));
    return m;
  }

  private Map<String, Object> file(long fileId) {
    Map<String, Object> ref = world.ref("file", fileId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file_id", fileId);
    m.put("name", ref != null && ref.get("title") instanceof String t ? t : "file-" + fileId);
    m.put("link", ref != null && ref.get("link") instanceof String l ? l : world.baseUrl() + "/file/" + fileId);
    m.put("mimetype", ref != null && ref.get("mimetype") instanceof String t ? t : "application/octet-stream");
    m.put("size", ref != null && ref.get("size") instanceof Long s ? s : 0L);
    m.put("hosted_by", "podio");
    return m;
  }

  /** A profile as a contact value, or null when there is none with that id. */
  @Nullable Map<String, Object> profile(long profileId) {
    EmulatorState.User user = world.state.user(profileId - 100_000);
    Map<String, Object> m = new LinkedHashMap<>();
    if (user != null && user.profileId() == profileId) {
      m.put("profile_id", profileId);
      m.put("user_id", user.id());
      m.put("name", user.name());
      m.put("type", "user");
      m.put("mail", List.of(user.mail()));
      return m;
    }
    Map<String, Object> ref = world.ref("profile", profileId);
    if (ref == null) {
      ref = world.ref("contact", profileId);
    }
    if (ref == null) {
      return null;
    }
    m.put("profile_id", profileId);
    m.put("name", ref.get("title"));
    m.put("type", "space");
    m.put("mail", ref.get("mail") instanceof List<?> l ? l : List.of());
    return m;
  }
}
