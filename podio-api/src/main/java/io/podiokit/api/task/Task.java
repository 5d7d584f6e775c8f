package io.podiokit.api.task;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import io.podiokit.api.PodioTime;
import io.podiokit.api.file.PodioFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A task, in any view (micro, basic, full). Podio sends its due date twice: {@code due_date}/{@code due_time} in the
 * responsible user's time zone, and {@code due_on} in UTC; {@link #dueOnUtc()} is the instant, {@link #localDueDate()}
 * and {@link #localDueTime()} what the user's calendar shows. A task due on a day, without a time, has no
 * {@code due_time} ({@link #isAllDay()}).
 *
 * @param taskId the task's id
 * @param status {@code active} or {@code completed}
 * @param group the summary group Podio files it under ({@code overdue}, {@code today}, {@code tomorrow}, ...)
 * @param text its title
 * @param description its description
 * @param isPrivate whether only the creator and the responsible see it
 * @param dueDate the local due date, {@code yyyy-MM-dd}
 * @param dueTime the local due time, {@code HH:mm:ss}; absent for a task due on a day
 * @param dueOn the due date and time in UTC, {@code yyyy-MM-dd HH:mm:ss}
 * @param responsible who is responsible
 * @param spaceId the workspace it belongs to, if any
 * @param link its page on podio.com
 * @param createdOn when it was created, UTC
 * @param createdBy who created it
 * @param completedOn when it was completed, UTC
 * @param completedBy who completed it
 * @param ref the object it is attached to (an item, a status, a space, ...), if any
 * @param labels its labels
 * @param externalId the external id it was given, if any
 * @param files the files attached to it
 * @param reminder its reminder, if any
 * @param recurrence how it recurs, if it does
 * @param rights what the caller may do with it ({@code view}, {@code update}, {@code delete}, ...)
 * @param subscribed whether the caller is subscribed to it
 * @param likeCount how many liked it
 */
public record Task(@Json(name = "task_id") long taskId, @Nullable String status, @Nullable String group,
                   @Nullable String text, @Nullable String description,
                   @Json(name = "private") @Nullable Boolean isPrivate,
                   @Json(name = "due_date") @Nullable String dueDate, @Json(name = "due_time") @Nullable String dueTime,
                   @Json(name = "due_on") @Nullable String dueOn, @Nullable Responsible responsible,
                   @Json(name = "space_id") @Nullable Long spaceId, @Nullable String link,
                   @Json(name = "created_on") @Nullable String createdOn,
                   @Json(name = "created_by") @Nullable ByLine createdBy,
                   @Json(name = "completed_on") @Nullable String completedOn,
                   @Json(name = "completed_by") @Nullable ByLine completedBy, @Nullable ObjectRef ref,
                   List<TaskLabel> labels, @Json(name = "external_id") @Nullable String externalId,
                   List<PodioFile> files, @Nullable Reminder reminder, @Nullable Recurrence recurrence,
                   List<String> rights, @Nullable Boolean subscribed,
                   @Json(name = "like_count") @Nullable Integer likeCount) {

  /**
   * The user responsible for a task.
   *
   * @param userId the user's id
   * @param profileId the user's contact profile id
   * @param name the user's name
   * @param link the user's profile on podio.com
   */
  public record Responsible(@Json(name = "user_id") long userId, @Json(name = "profile_id") @Nullable Long profileId,
                            @Nullable String name, @Nullable String link) {}

  /**
   * A task's reminder, read and written.
   *
   * @param remindDelta minutes before the due time to remind the responsible
   */
  public record Reminder(@Json(name = "remind_delta") int remindDelta) {
    /**
     * Checks.
     *
     * @param remindDelta minutes before the due time to remind the responsible
     */
    public Reminder {
      if (remindDelta < 0) {
        throw new IllegalArgumentException("remindDelta must not be negative, was " + remindDelta);
      }
    }
  }

  /**
   * How a task recurs, read and written.
   *
   * @param name {@code weekly}, {@code monthly}, {@code yearly}, ...
   * @param config the rule's details, e.g. {@code {"days": ["monday"]}} for weekly, {@code {"repeat_on":
   *     "day_of_month"}} for monthly
   * @param step every how many periods (1 = every week, 2 = every other week)
   * @param until the last day it recurs ({@code yyyy-MM-dd}), or {@code null} for no end
   */
  public record Recurrence(String name, Map<String, Object> config, @Nullable Integer step, @Nullable String until) {
    /**
     * Checks and copies.
     *
     * @param name {@code weekly}, {@code monthly}, {@code yearly}, ...
     * @param config the rule's details, e.g. {@code {"days": ["monday"]}} for weekly, {@code {"repeat_on":
     *     "day_of_month"}} for monthly
     * @param step every how many periods (1 = every week, 2 = every other week)
     * @param until the last day it recurs ({@code yyyy-MM-dd}), or {@code null} for no end
     */
    public Recurrence {
      Objects.requireNonNull(name, "name == null");
      config = Map.copyOf(config);
    }
  }

  /** {@return whether the task is completed} */
  public boolean isCompleted() {
    return "completed".equals(status);
  }

  /** {@return whether the task is due on a day without a time} */
  public boolean isAllDay() {
    return dueDate != null && dueTime == null;
  }

  /**
   * {@return the instant it is due ({@code due_on}); empty when it has no due date or is due on a day without a time}
   */
  public Optional<Instant> dueOnUtc() {
    return isAllDay() ? Optional.empty() : PodioTime.instant(dueOn);
  }

  /** {@return the due date in the responsible user's time zone ({@code due_date})} */
  public Optional<LocalDate> localDueDate() {
    return PodioTime.date(dueDate);
  }

  /** {@return the due time in the responsible user's time zone ({@code due_time}); empty for a task due on a day} */
  public Optional<LocalTime> localDueTime() {
    return PodioTime.time(dueTime);
  }

  /**
   * When it is due, seen in {@code zone}.
   *
   * @param zone the time zone to see it in
   * @return the due date and time there; empty when it has no due time
   */
  public Optional<ZonedDateTime> dueIn(ZoneId zone) {
    Objects.requireNonNull(zone, "zone == null");
    return dueOnUtc().map(i -> i.atZone(zone));
  }

  /** {@return when it was created} */
  public Optional<Instant> createdOnUtc() {
    return PodioTime.instant(createdOn);
  }

  /** {@return when it was completed; empty while it is active} */
  public Optional<Instant> completedOnUtc() {
    return PodioTime.instant(completedOn);
  }
}
