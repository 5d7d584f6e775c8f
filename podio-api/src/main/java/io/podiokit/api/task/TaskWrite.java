package io.podiokit.api.task;

import com.squareup.moshi.Json;
import io.podiokit.api.PodioTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a task create or update sends. Only what is set is written. Due dates are written the way Podio expects them:
 * a due date and time as {@code due_on} in UTC (so the user's time zone does not matter), a due day without a time
 * as {@code due_date}.
 *
 * <pre>{@code
 * TaskWrite.create("Call the customer").dueAt(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")))
 *     .responsible(userId).labelIds(List.of(labelId)).build();
 * }</pre>
 *
 * @param text the title
 * @param description the description
 * @param isPrivate whether only the creator and the responsible see it
 * @param dueDate the due day when it has no time, {@code yyyy-MM-dd}
 * @param dueOn the due date and time in UTC, {@code yyyy-MM-dd HH:mm:ss}
 * @param responsible the responsible user's id
 * @param refType the type of the object to attach it to (with {@link TaskService#create(TaskWrite)})
 * @param refId that object's id
 * @param fileIds uploaded files to attach
 * @param labelIds the caller's labels to put on it
 * @param labels label texts to put on it (made when missing)
 * @param reminder its reminder
 * @param recurrence how it recurs
 * @param externalId an id from another system
 */
public record TaskWrite(@Nullable String text, @Nullable String description,
                        @Json(name = "private") @Nullable Boolean isPrivate,
                        @Json(name = "due_date") @Nullable String dueDate, @Json(name = "due_on") @Nullable String dueOn,
                        @Nullable Long responsible, @Json(name = "ref_type") @Nullable String refType,
                        @Json(name = "ref_id") @Nullable Long refId, @Json(name = "file_ids") @Nullable List<Long> fileIds,
                        @Json(name = "label_ids") @Nullable List<Long> labelIds, @Nullable List<String> labels,
                        Task.@Nullable Reminder reminder, Task.@Nullable Recurrence recurrence,
                        @Json(name = "external_id") @Nullable String externalId) {

  /**
   * A builder for a new task.
   *
   * @param text its title, not blank
   * @return the builder
   */
  public static Builder create(String text) {
    return new Builder().text(text);
  }

  /** {@return a builder for a change of an existing task: set only what changes} */
  public static Builder changes() {
    return new Builder();
  }

  /** Builds a {@link TaskWrite}. */
  public static final class Builder {
    private @Nullable String text;
    private @Nullable String description;
    private @Nullable Boolean isPrivate;
    private @Nullable String dueDate;
    private @Nullable String dueOn;
    private @Nullable Long responsible;
    private @Nullable String refType;
    private @Nullable Long refId;
    private @Nullable List<Long> fileIds;
    private @Nullable List<Long> labelIds;
    private @Nullable List<String> labels;
    private Task.@Nullable Reminder reminder;
    private Task.@Nullable Recurrence recurrence;
    private @Nullable String externalId;

    private Builder() {}

    /**
     * The title.
     *
     * @param text not blank
     * @return this builder
     */
    public Builder text(String text) {
      this.text = notBlank(text, "text");
      return this;
    }

    /**
     * The description.
     *
     * @param description the text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description == null");
      return this;
    }

    /**
     * Whether only the creator and the responsible see it.
     *
     * @param isPrivate private or not
     * @return this builder
     */
    public Builder isPrivate(boolean isPrivate) {
      this.isPrivate = isPrivate;
      return this;
    }

    /**
     * Due on a day, without a time (written as {@code due_date}).
     *
     * @param date the day
     * @return this builder
     */
    public Builder dueDate(LocalDate date) {
      this.dueDate = Objects.requireNonNull(date, "date == null").toString();
      this.dueOn = null;
      return this;
    }

    /**
     * Due at an instant (written as {@code due_on}, UTC, to the second).
     *
     * @param instant when
     * @return this builder
     */
    public Builder dueAt(Instant instant) {
      this.dueOn = PodioTime.utc(instant);
      this.dueDate = null;
      return this;
    }

    /**
     * Due at a date and time in a time zone (written as {@code due_on}, UTC, to the second).
     *
     * @param dateTime when, in any zone
     * @return this builder
     */
    public Builder dueAt(ZonedDateTime dateTime) {
      return dueAt(Objects.requireNonNull(dateTime, "dateTime == null").toInstant());
    }

    /**
     * The responsible user.
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder responsible(long userId) {
      this.responsible = userId;
      return this;
    }

    /**
     * The object to attach the task to, for {@link TaskService#create(TaskWrite)} (or use
     * {@link TaskService#create(String, long, TaskWrite)}).
     *
     * @param refType {@code item}, {@code status}, {@code space}, ...
     * @param refId the object's id
     * @return this builder
     */
    public Builder ref(String refType, long refId) {
      this.refType = notBlank(refType, "refType");
      this.refId = refId;
      return this;
    }

    /**
     * Uploaded files to attach.
     *
     * @param fileIds the files' ids
     * @return this builder
     */
    public Builder fileIds(List<Long> fileIds) {
      this.fileIds = List.copyOf(fileIds);
      return this;
    }

    /**
     * The caller's labels to put on it (an update replaces the labels).
     *
     * @param labelIds the labels' ids
     * @return this builder
     */
    public Builder labelIds(List<Long> labelIds) {
      this.labelIds = List.copyOf(labelIds);
      return this;
    }

    /**
     * Labels by text (made when the caller has none of that text).
     *
     * @param labels the texts
     * @return this builder
     */
    public Builder labels(List<String> labels) {
      List<String> copy = new ArrayList<>();
      for (String label : labels) {
        copy.add(notBlank(label, "label"));
      }
      this.labels = List.copyOf(copy);
      return this;
    }

    /**
     * Reminds the responsible this many minutes before the due time.
     *
     * @param minutesBefore 0 or more
     * @return this builder
     */
    public Builder reminder(int minutesBefore) {
      this.reminder = new Task.Reminder(minutesBefore);
      return this;
    }

    /**
     * How it recurs.
     *
     * @param recurrence the rule
     * @return this builder
     */
    public Builder recurrence(Task.Recurrence recurrence) {
      this.recurrence = Objects.requireNonNull(recurrence, "recurrence == null");
      return this;
    }

    /**
     * An id from another system.
     *
     * @param externalId not blank
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = notBlank(externalId, "externalId");
      return this;
    }

    /** {@return the write} */
    public TaskWrite build() {
      return new TaskWrite(text, description, isPrivate, dueDate, dueOn, responsible, refType, refId, fileIds,
          labelIds, labels, reminder, recurrence, externalId);
    }

    private static String notBlank(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
