/**
 * The calendar: events, summaries, iCal feeds, muting ({@link io.podiokit.api.calendar.CalendarService}; Podio's reference areas CalendarEvent, CalendarMute).
 */
@NullMarked
package io.podiokit.api.calendar;

import org.jspecify.annotations.NullMarked;
