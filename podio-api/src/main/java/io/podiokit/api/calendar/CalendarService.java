package io.podiokit.api.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The calendar: tasks on their due dates and items on their date fields, for a date range, globally, per workspace
 * or per app; summaries of today and what comes next; the same calendars as iCal feeds; muted workspaces and apps
 * (Podio's reference areas CalendarEvent, CalendarMute). Ranges are {@link LocalDate}s, both ends included.
 */
public interface CalendarService {

  /**
   * {@code GET /calendar/}: the user's global calendar between two days.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param types only events of these types, comma-separated ({@code task}, {@code item}); {@code null} for all
   * @return the events, earliest first
   */
  @GET("calendar/")
  List<CalendarEvent> global(@Query("date_from") LocalDate from, @Query("date_to") LocalDate to,
                             @Query("types") @Nullable String types);

  /**
   * {@code GET /calendar/}: every event of the global calendar between two days.
   *
   * @param from the first day
   * @param to the last day
   * @return the events, earliest first
   */
  default List<CalendarEvent> global(LocalDate from, LocalDate to) {
    return global(from, to, null);
  }

  /**
   * {@code GET /calendar/space/{space_id}/}: a workspace's calendar between two days.
   *
   * @param spaceId the workspace
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param types only events of these types, comma-separated ({@code task}, {@code item}); {@code null} for all
   * @return the events, earliest first
   */
  @GET("calendar/space/{space_id}/")
  List<CalendarEvent> space(@Path("space_id") long spaceId, @Query("date_from") LocalDate from,
                            @Query("date_to") LocalDate to, @Query("types") @Nullable String types);

  /**
   * {@code GET /calendar/space/{space_id}/}: every event of a workspace's calendar between two days.
   *
   * @param spaceId the workspace
   * @param from the first day
   * @param to the last day
   * @return the events, earliest first
   */
  default List<CalendarEvent> space(long spaceId, LocalDate from, LocalDate to) {
    return space(spaceId, from, to, null);
  }

  /**
   * {@code GET /calendar/app/{app_id}/}: an app's calendar (its items' dates and the tasks on its items) between two
   * days.
   *
   * @param appId the app
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the events, earliest first
   */
  @GET("calendar/app/{app_id}/")
  List<CalendarEvent> app(@Path("app_id") long appId, @Query("date_from") LocalDate from,
                          @Query("date_to") LocalDate to);

  /**
   * {@code GET /calendar/summary}: today's events and the next ones from the global calendar.
   *
   * @param limit at most this many events per section (1 to 100)
   * @return the summary
   */
  @GET("calendar/summary")
  CalendarSummary summary(@Query("limit") int limit);

  /**
   * {@code GET /calendar/personal/summary}: today's and the next events that are the user's own (tasks they are
   * responsible for, items they created).
   *
   * @param limit at most this many events per section (1 to 100)
   * @return the summary
   */
  @GET("calendar/personal/summary")
  CalendarSummary personalSummary(@Query("limit") int limit);

  /**
   * {@code GET /calendar/space/{space_id}/summary}: today's and the next events of a workspace.
   *
   * @param spaceId the workspace
   * @param limit at most this many events per section (1 to 100)
   * @return the summary
   */
  @GET("calendar/space/{space_id}/summary")
  CalendarSummary spaceSummary(@Path("space_id") long spaceId, @Query("limit") int limit);

  /**
   * {@code GET /calendar/ics/{user_id}/{token}/}: the user's global calendar as an iCal feed
   * ({@code text/calendar}).
   *
   * @param userId the user whose calendar it is
   * @param token the user's calendar feed token (from the feed address Podio shows the user)
   * @return the feed's bytes
   */
  @GET("calendar/ics/{user_id}/{token}/")
  byte[] globalIcal(@Path("user_id") long userId, @Path("token") String token);

  /**
   * {@code GET /calendar/space/{space_id}/ics/{user_id}/{token}/}: a workspace's calendar as an iCal feed.
   *
   * @param spaceId the workspace
   * @param userId the user whose feed it is
   * @param token the user's calendar feed token
   * @return the feed's bytes
   */
  @GET("calendar/space/{space_id}/ics/{user_id}/{token}/")
  byte[] spaceIcal(@Path("space_id") long spaceId, @Path("user_id") long userId, @Path("token") String token);

  /**
   * {@code GET /calendar/app/{app_id}/ics/{user_id}/{token}/}: an app's calendar as an iCal feed.
   *
   * @param appId the app
   * @param userId the user whose feed it is
   * @param token the user's calendar feed token
   * @return the feed's bytes
   */
  @GET("calendar/app/{app_id}/ics/{user_id}/{token}/")
  byte[] appIcal(@Path("app_id") long appId, @Path("user_id") long userId, @Path("token") String token);

  /**
   * {@code GET /calendar/mute/}: the workspaces and apps the user hid from the global calendar.
   *
   * @return the mutes
   */
  @GET("calendar/mute/")
  List<CalendarMute> mutes();
}
