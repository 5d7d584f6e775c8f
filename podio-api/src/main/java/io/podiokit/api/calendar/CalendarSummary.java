package io.podiokit.api.calendar;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A short view of a calendar: today's events and the next ones.
 *
 * @param today the events of today
 * @param upcoming the events after today
 */
public record CalendarSummary(@Nullable Section today, @Nullable Section upcoming) {

  /**
   * Some of a calendar's events.
   *
   * @param count how many events there are in all (the list may hold fewer)
   * @param events the first events, earliest first; empty when not sent
   */
  public record Section(@Nullable Integer count, List<CalendarEvent> events) {}
}
