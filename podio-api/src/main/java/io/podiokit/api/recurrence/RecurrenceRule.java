package io.podiokit.api.recurrence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link RecurrenceService#set(String, long, RecurrenceRule)} sends. Build one with {@link #weekly},
 * {@link #monthly} or {@link #yearly}, then {@link #until(LocalDate)}.
 *
 * <pre>{@code
 * api.recurrences().set("task", taskId, RecurrenceRule.weekly(1, DayOfWeek.MONDAY).until(LocalDate.of(2026, 12, 31)));
 * }</pre>
 *
 * @param name how often: {@code weekly}, {@code monthly} or {@code yearly}
 * @param config details: {@code days} for weekly, {@code repeat_on} for monthly; empty for yearly
 * @param step every how many periods (1 or more)
 * @param until the last day it repeats ({@code yyyy-MM-dd}), or {@code null} for ever
 */
public record RecurrenceRule(String name, Map<String, Object> config, int step, @Nullable String until) {

  private static final Set<String> NAMES = Set.of("weekly", "monthly", "yearly");

  /**
   * Checks the values.
   *
   * @param name {@code weekly}, {@code monthly} or {@code yearly}
   * @param config the details
   * @param step every how many periods (1 or more)
   * @param until the last day ({@code yyyy-MM-dd}), or {@code null}
   */
  public RecurrenceRule {
    Objects.requireNonNull(name, "name == null");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("name must be one of weekly, monthly, yearly, was \"" + name + "\"");
    }
    config = Map.copyOf(Objects.requireNonNull(config, "config == null"));
    if (step < 1) {
      throw new IllegalArgumentException("step must be 1 or more, was " + step);
    }
  }

  /**
   * Every {@code step} weeks on the given days.
   *
   * @param step every how many weeks (1 or more)
   * @param days the weekdays, at least one
   * @return the rule, repeating for ever
   */
  public static RecurrenceRule weekly(int step, DayOfWeek... days) {
    if (days.length == 0) {
      throw new IllegalArgumentException("a weekly recurrence needs at least one day");
    }
    List<String> names = java.util.Arrays.stream(days).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
    return new RecurrenceRule("weekly", Map.of("days", names), step, null);
  }

  /**
   * Every {@code step} months on the same day of the month ({@code repeat_on} {@code day_of_month}) or the same
   * weekday of the month ({@code day_of_week}).
   *
   * @param step every how many months (1 or more)
   * @param sameWeekday true for the same weekday (e.g. the second Tuesday), false for the same day of the month
   * @return the rule, repeating for ever
   */
  public static RecurrenceRule monthly(int step, boolean sameWeekday) {
    return new RecurrenceRule("monthly", Map.of("repeat_on", sameWeekday ? "day_of_week" : "day_of_month"), step,
        null);
  }

  /**
   * Every {@code step} years on the same date.
   *
   * @param step every how many years (1 or more)
   * @return the rule, repeating for ever
   */
  public static RecurrenceRule yearly(int step) {
    return new RecurrenceRule("yearly", Map.of(), step, null);
  }

  /**
   * This rule, ending on a day.
   *
   * @param last the last day it repeats
   * @return a copy with {@code until} set
   */
  public RecurrenceRule until(LocalDate last) {
    return new RecurrenceRule(name, config, step, Objects.requireNonNull(last, "last == null").toString());
  }
}
