package io.podiokit.api.calendar;

import com.squareup.moshi.Json;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One event in a calendar: a task on its due date, or an item on one of its date fields.
 *
 * @param uid the event's unique id within the calendar (one item can have an event per date field)
 * @param type what the event comes from: {@code task} or {@code item}
 * @param id the task's or item's id
 * @param group the event's group: the date field's label for items, {@code tasks} for tasks
 * @param title the task's text or the item's title
 * @param description a description, if any
 * @param location a location, if any
 * @param status the task's status ({@code active}, {@code completed}) or the item's
 * @param link the task's or item's URL on podio.com
 * @param start the start as the user sees it: {@code yyyy-MM-dd HH:mm:ss}, or {@code yyyy-MM-dd} when all-day
 * @param startDate the start date, {@code yyyy-MM-dd}
 * @param startTime the start time, {@code HH:mm:ss}, or {@code null} when all-day
 * @param startUtc the start in UTC, {@code yyyy-MM-dd HH:mm:ss}, or {@code null} when all-day
 * @param end the end as the user sees it, or {@code null}
 * @param endDate the end date, or {@code null}
 * @param endTime the end time, or {@code null}
 * @param endUtc the end in UTC, or {@code null}
 * @param refType the type of the object the event comes from
 * @param refId the id of the object the event comes from
 * @param app the item's app ({@code app_id}, {@code config}, ...); empty for tasks
 */
public record CalendarEvent(@Nullable String uid, @Nullable String type, long id, @Nullable String group,
                            @Nullable String title, @Nullable String description, @Nullable String location,
                            @Nullable String status, @Nullable String link, @Nullable String start,
                            @Json(name = "start_date") @Nullable String startDate,
                            @Json(name = "start_time") @Nullable String startTime,
                            @Json(name = "start_utc") @Nullable String startUtc, @Nullable String end,
                            @Json(name = "end_date") @Nullable String endDate,
                            @Json(name = "end_time") @Nullable String endTime,
                            @Json(name = "end_utc") @Nullable String endUtc,
                            @Json(name = "ref_type") @Nullable String refType,
                            @Json(name = "ref_id") @Nullable Long refId, Map<String, Object> app) {

  /**
   * The day the event starts.
   *
   * @return {@link #startDate()}, or the date part of {@link #start()}, or empty when neither is sent
   */
  public Optional<LocalDate> startDay() {
    return day(startDate, start);
  }

  /**
   * The day the event ends.
   *
   * @return {@link #endDate()}, or the date part of {@link #end()}, or empty when neither is sent
   */
  public Optional<LocalDate> endDay() {
    return day(endDate, end);
  }

  /**
   * Whether the event has no time of day.
   *
   * @return true when no start time is sent
   */
  public boolean allDay() {
    return startTime == null && (start == null || start.length() <= 10);
  }

  private static Optional<LocalDate> day(@Nullable String date, @Nullable String dateTime) {
    String text = date != null ? date : dateTime;
    return text == null || text.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(text.substring(0, 10)));
  }
}
