package io.podiokit.api.calendar;

/** The calendar: events, summaries, iCal feeds, muting: Podio's reference areas CalendarEvent, CalendarMute. */
public interface CalendarService {
}
