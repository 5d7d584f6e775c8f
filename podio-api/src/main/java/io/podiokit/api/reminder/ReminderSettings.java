package io.podiokit.api.reminder;

import com.squareup.moshi.Json;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link ReminderService#set(String, long, ReminderSettings)} sends.
 *
 * @param remindDelta how many minutes before the due time the reminder goes off (0 or more)
 */
public record ReminderSettings(@Json(name = "remind_delta") int remindDelta) {

  /**
   * Checks the value.
   *
   * @param remindDelta minutes before the due time (0 or more)
   */
  public ReminderSettings {
    if (remindDelta < 0) {
      throw new IllegalArgumentException("remindDelta must not be negative, was " + remindDelta);
    }
  }

  /**
   * A reminder {@code before} the due time, in whole minutes.
   *
   * @param before how long before (0 or more, whole minutes)
   * @return the settings
   */
  public static ReminderSettings before(Duration before) {
    Objects.requireNonNull(before, "before == null");
    if (before.isNegative() || before.toSeconds() % 60 != 0) {
      throw new IllegalArgumentException("before must be a non-negative whole number of minutes, was " + before);
    }
    return new ReminderSettings(Math.toIntExact(before.toMinutes()));
  }
}
