package io.podiokit.api.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the JSON of one field value into its {@link FieldValue}; {@code null} or an exception for an odd shape. */
final class FieldValues {

  private FieldValues() {}

  static @Nullable FieldValue read(String type, Map<String, ?> v) {
    return switch (type) {
      case "text" -> new FieldValue.Text(text(v.get("value")));
      case "number" -> new FieldValue.Number(decimal(v.get("value")));
      case "progress" -> new FieldValue.Progress(Math.toIntExact(whole(v.get("value"))));
      case "duration" -> new FieldValue.Duration(whole(v.get("value")));
      case "calculation" -> new FieldValue.Calculation(v.get("value"));
      case "money" -> new FieldValue.Money(decimal(v.get("value")), text(v.get("currency")));
      case "location" -> new FieldValue.Location(text(v.get("value")), opt(v.get("formatted")),
          opt(v.get("street_number")), opt(v.get("street_name")), opt(v.get("postal_code")), opt(v.get("city")),
          opt(v.get("state")), opt(v.get("country")), dbl(v.get("lat")), dbl(v.get("lng")));
      case "date" -> date(v);
      case "category" -> {
        Map<String, ?> o = object(v.get("value"));
        yield new FieldValue.Category(whole(o.get("id")), opt(o.get("text")), opt(o.get("color")),
            opt(o.get("status")));
      }
      case "app" -> {
        Map<String, ?> o = object(v.get("value"));
        Map<String, ?> app = o.get("app") instanceof Map<?, ?> ? object(o.get("app")) : Map.of();
        Map<String, ?> config = app.get("config") instanceof Map<?, ?> ? object(app.get("config")) : Map.of();
        yield new FieldValue.AppRelation(whole(o.get("item_id")), optWhole(o.get("app_item_id")), opt(o.get("title")),
            opt(o.get("link")), optWhole(app.get("app_id")), opt(config.get("name")));
      }
      case "contact" -> {
        Map<String, ?> o = object(v.get("value"));
        List<String> mail = new ArrayList<>();
        if (o.get("mail") instanceof List<?> list) {
          list.forEach(m -> mail.add(String.valueOf(m)));
        }
        yield new FieldValue.Contact(whole(o.get("profile_id")), optWhole(o.get("user_id")), opt(o.get("name")), mail);
      }
      case "image" -> {
        Map<String, ?> o = object(v.get("value"));
        yield new FieldValue.Image(whole(o.get("file_id")), opt(o.get("name")), opt(o.get("link")),
            opt(o.get("mimetype")), optWhole(o.get("size")));
      }
      case "file" -> {
        Map<String, ?> o = object(v.get("value"));
        yield new FieldValue.File(whole(o.get("file_id")), opt(o.get("name")), opt(o.get("link")),
            opt(o.get("mimetype")), optWhole(o.get("size")));
      }
      case "embed" -> {
        Map<String, ?> e = object(v.get("embed"));
        Long fileId = v.get("file") instanceof Map<?, ?> ? optWhole(object(v.get("file")).get("file_id")) : null;
        yield new FieldValue.Embed(whole(e.get("embed_id")), opt(e.get("url")), opt(e.get("original_url")),
            opt(e.get("title")), opt(e.get("description")), fileId);
      }
      case "phone" -> new FieldValue.Phone(text(v.get("type")), text(v.get("value")));
      case "email" -> new FieldValue.Email(text(v.get("type")), text(v.get("value")));
      case "tag" -> new FieldValue.Tag(text(v.get("value")));
      default -> null;
    };
  }

  private static FieldValue.@Nullable Date date(Map<String, ?> v) {
    String start = opt(v.get("start"));
    LocalDate startDate = Times.date(opt(v.get("start_date")));
    LocalDate day = startDate != null ? startDate : Times.date(start);
    if (day == null) {
      return null;
    }
    String end = opt(v.get("end"));
    LocalDate endDate = Times.date(opt(v.get("end_date")));
    boolean timed = v.containsKey("start_time") ? v.get("start_time") != null : start != null && start.length() > 10;
    return new FieldValue.Date(day, timed ? Times.time(v.containsKey("start_time") ? opt(v.get("start_time")) : start)
        : null, endDate != null ? endDate : Times.date(end),
        timed ? Times.time(v.containsKey("end_time") ? opt(v.get("end_time")) : end) : null,
        timed ? utc(v, "start") : null, timed ? utc(v, "end") : null);
  }

  private static @Nullable LocalDateTime utc(Map<String, ?> v, String which) {
    LocalDateTime whole = Times.dateTime(opt(v.get(which + "_utc")));
    if (whole != null) {
      return whole;
    }
    LocalDate d = Times.date(opt(v.get(which + "_date_utc")));
    java.time.LocalTime t = Times.time(opt(v.get(which + "_time_utc")));
    return d == null || t == null ? null : LocalDateTime.of(d, t);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> object(@Nullable Object o) {
    if (o instanceof Map<?, ?> m) {
      return (Map<String, ?>) m;
    }
    throw new IllegalArgumentException("not an object");
  }

  private static String text(@Nullable Object o) {
    if (o == null) {
      throw new IllegalArgumentException("missing");
    }
    return o instanceof String s ? s : String.valueOf(o);
  }

  private static @Nullable String opt(@Nullable Object o) {
    return o == null ? null : o instanceof String s ? s : String.valueOf(o);
  }

  static @Nullable BigDecimal decimalOrNull(@Nullable Object o) {
    try {
      return o == null ? null : decimal(o);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static BigDecimal decimal(@Nullable Object o) {
    if (o instanceof BigDecimal b) {
      return b;
    }
    if (o instanceof Double || o instanceof Float) {
      return BigDecimal.valueOf(((java.lang.Number) o).doubleValue());
    }
    if (o instanceof java.lang.Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (o instanceof String s) {
      return new BigDecimal(s.trim());
    }
    throw new IllegalArgumentException("not a number");
  }

  private static long whole(@Nullable Object o) {
    return decimal(o).longValueExact();
  }

  private static @Nullable Long optWhole(@Nullable Object o) {
    try {
      return o == null ? null : whole(o);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable Double dbl(@Nullable Object o) {
    BigDecimal d = decimalOrNull(o);
    return d == null ? null : d.doubleValue();
  }
}
