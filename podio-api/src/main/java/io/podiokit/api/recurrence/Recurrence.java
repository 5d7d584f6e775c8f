package io.podiokit.api.recurrence;

import com.squareup.moshi.Json;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an object with a due date (a task, an item's date) repeats.
 *
 * @param recurrenceId the recurrence's id
 * @param name how often: {@code weekly}, {@code monthly} or {@code yearly}
 * @param config details: {@code days} (weekday names) for weekly, {@code repeat_on} for monthly; empty when not
 *     sent
 * @param step every how many periods (1 = every week, 2 = every other week, ...)
 * @param until the last day it repeats ({@code yyyy-MM-dd}), or {@code null} for ever
 */
public record Recurrence(@Json(name = "recurrence_id") long recurrenceId, @Nullable String name,
                         Map<String, Object> config, @Nullable Integer step, @Nullable String until) {

  /**
   * The last day it repeats.
   *
   * @return {@link #until()} as a date, or empty when it repeats for ever
   */
  public Optional<LocalDate> untilDate() {
    return until == null ? Optional.empty() : Optional.of(LocalDate.parse(until.substring(0, 10)));
  }
}
