package io.podiokit.emulator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recurrence: {@code /recurrence/{ref_type}/{ref_id}}. One recurrence per object ({@code weekly} with {@code days},
 * {@code monthly} with {@code repeat_on}, {@code yearly}), checked as Podio checks it; deleting the object deletes
 * its recurrence.
 */
final class RecurrenceRoutes extends Area {

  private static final Set<String> NAMES = Set.of("weekly", "monthly", "yearly");
  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> REPEAT_ON = Set.of("day_of_month", "day_of_week");

  private final RefSettings<Map<String, Object>> recurrences;

  RecurrenceRoutes(World world) {
    super(world);
    recurrences = new RefSettings<>(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/recurrence/{ref_type}/{ref_id}", this::find);
    routes.put("/recurrence/{ref_type}/{ref_id}", request -> {
      String key = key(request);
      Map<String, @Nullable Object> body = request.object();
      Map<String, Object> old = recurrences.get(key);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("recurrence_id", old != null ? old.get("recurrence_id") : world.nextId("recurrence", 900_000));
      m.putAll(check(body));
      recurrences.put(key, m);
      return Reply.noContent();
    });
    routes.delete("/recurrence/{ref_type}/{ref_id}", request -> {
      find(request);
      recurrences.remove(key(request));
      return Reply.noContent();
    });
  }

  private static Map<String, Object> check(Map<String, @Nullable Object> body) {
    if (!(body.get("name") instanceof String name) || !NAMES.contains(name)) {
      throw ApiError.invalid("Invalid value for name: must be one of " + NAMES);
    }
    Object step = body.get("step") == null ? Long.valueOf(1) : body.get("step");
    if (!(step instanceof Long s) || s < 1) {
      throw ApiError.invalid("Invalid value for step: must be a whole number, 1 or more");
    }
    Map<String, Object> config = new LinkedHashMap<>();
    if (body.get("config") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> config.put(String.valueOf(k), v));
    } else if (body.get("config") != null) {
      throw ApiError.invalid("Invalid value for config: must be an object");
    }
    if (name.equals("weekly") && !(config.get("days") instanceof List<?> days && !days.isEmpty()
        && days.stream().allMatch(DAYS::contains))) {
      throw ApiError.invalid("Invalid value for config.days: a weekly recurrence needs a list of weekdays from "
          + DAYS);
    }
    if (name.equals("monthly") && !REPEAT_ON.contains(config.get("repeat_on"))) {
      throw ApiError.invalid("Invalid value for config.repeat_on: must be one of " + REPEAT_ON);
    }
    Object until = body.get("until");
    if (until != null) {
      try {
        LocalDate.parse(String.valueOf(until));
      } catch (DateTimeParseException e) {
        throw ApiError.invalid("Invalid value for until: '" + until + "' is not a date as yyyy-MM-dd");
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("config", config);
    m.put("step", step);
    m.put("until", until);
    return m;
  }

  private String key(ApiRequest request) {
    String refType = request.param("ref_type");
    long refId = request.id("ref_id");
    world.requireRef(refType, refId);
    return RefSettings.key("", refType, refId);
  }

  private Map<String, Object> find(ApiRequest request) {
    Map<String, Object> r = recurrences.get(key(request));
    if (r == null) {
      throw ApiError.notFound("Recurrence on " + request.param("ref_type"), request.param("ref_id"));
    }
    return r;
  }
}
