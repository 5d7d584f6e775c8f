package io.podiokit.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reminders: {@code /reminder/{ref_type}/{ref_id}}. Each user has at most one reminder per object, a number of
 * minutes before its due time; snoozing puts it off by ten minutes. Deleting the object deletes its reminders.
 */
final class ReminderRoutes extends Area {

  static final Duration SNOOZE = Duration.ofMinutes(10);

  /** One user's reminder on one object. */
  record Reminder(long id, long delta, @Nullable Instant snoozedUntil) {}

  private final RefSettings<Reminder> reminders;

  ReminderRoutes(World world) {
    super(world);
    reminders = new RefSettings<>(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/reminder/{ref_type}/{ref_id}", request -> {
      Reminder r = find(request);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("reminder_id", r.id());
      m.put("remind_delta", r.delta());
      return m;
    });
    routes.put("/reminder/{ref_type}/{ref_id}", request -> {
      String key = key(request);
      if (!(request.object().get("remind_delta") instanceof Long delta) || delta < 0) {
        throw ApiError.invalid("Invalid value for remind_delta: give the minutes before the due time, 0 or more");
      }
      Reminder old = reminders.get(key);
      reminders.put(key, new Reminder(old != null ? old.id() : world.nextId("reminder", 800_000), delta, null));
      return Reply.noContent();
    });
    routes.post("/reminder/{ref_type}/{ref_id}/snooze", request -> {
      Reminder r = find(request);
      reminders.put(key(request), new Reminder(r.id(), r.delta(), world.now().plus(SNOOZE)));
      return Reply.noContent();
    });
    routes.delete("/reminder/{ref_type}/{ref_id}", request -> {
      find(request);
      reminders.remove(key(request));
      return Reply.noContent();
    });
  }

  /** The user's reminder on an object, or {@code null}. */
  @Nullable Reminder reminder(long userId, String refType, long refId) {
    return reminders.get(RefSettings.key(Long.toString(userId), refType, refId));
  }

  private String key(ApiRequest request) {
    long userId = request.userId();
    String refType = request.param("ref_type");
    long refId = request.id("ref_id");
    world.requireRef(refType, refId);
    return RefSettings.key(Long.toString(userId), refType, refId);
  }

  private Reminder find(ApiRequest request) {
    Reminder r = reminders.get(key(request));
    if (r == null) {
      throw ApiError.notFound("Reminder on " + request.param("ref_type"), request.param("ref_id"));
    }
    return r;
  }
}
