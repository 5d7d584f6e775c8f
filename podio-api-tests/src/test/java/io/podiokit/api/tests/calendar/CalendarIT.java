package io.podiokit.api.tests.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.calendar.CalendarEvent;
import io.podiokit.api.calendar.CalendarService;
import io.podiokit.api.calendar.CalendarSummary;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.emulator.PodioEmulator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The calendar over HTTP: the request each operation sends and what the client reads. Which tasks and items show on
 * which days is tested in the emulator's CalendarEventsTest (tasks and item date fields come from areas whose routes
 * are not on this branch yet); here the emulator answers from the objects it has.
 */
class CalendarIT {

  static final ApiFixture api = ApiFixture.start();
  static final LocalDate FROM = LocalDate.of(2026, 11, 1);
  static final LocalDate TO = LocalDate.of(2026, 11, 30);

  final CalendarService calendar = api.user().calendar();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void theGlobalCalendarAsksForARangeOfDays() {
    assertThat(calendar.global(FROM, TO, "task,item")).isEmpty();
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/calendar/");
    assertThat(api.last().queryParams()).containsEntry("date_from", "2026-11-01").containsEntry("date_to", "2026-11-30")
        .containsEntry("types", "task,item");

    assertThat(calendar.global(FROM, TO)).isEmpty();
    assertThat(api.last().queryParams()).doesNotContainKey("types").hasSize(2);
  }

  @Test
  void theSpaceAndAppCalendarsAskForARangeOfDays() {
    assertThat(calendar.space(1, FROM, TO)).isEmpty();
    assertThat(api.last().path()).isEqualTo("/calendar/space/1/");
    assertThat(api.last().queryParams()).containsEntry("date_from", "2026-11-01").containsEntry("date_to", "2026-11-30");
    assertThat(calendar.space(1, FROM, TO, "task")).isEmpty();
    assertThat(api.last().queryParams()).containsEntry("types", "task");

    assertThat(calendar.app(PodioEmulator.DEMO_APP_ID, FROM, TO)).isEmpty();
    assertThat(api.last().path()).isEqualTo("/calendar/app/" + PodioEmulator.DEMO_APP_ID + "/");
    assertThat(api.last().queryParams()).containsEntry("date_to", "2026-11-30");
  }

  @Test
  void summariesHaveTodayAndUpcoming() {
    CalendarSummary summary = calendar.summary(3);
    assertThat(api.last().path()).isEqualTo("/calendar/summary");
    assertThat(api.last().queryParams()).containsEntry("limit", "3");
    assertThat(summary.today().count()).isZero();
    assertThat(summary.upcoming().events()).isEmpty();

    assertThat(calendar.personalSummary(5).today()).isNotNull();
    assertThat(api.last().path()).isEqualTo("/calendar/personal/summary");
    assertThat(calendar.spaceSummary(1, 5).upcoming()).isNotNull();
    assertThat(api.last().path()).isEqualTo("/calendar/space/1/summary");
  }

  @Test
  void icalFeedsAreBytesOfTextCalendar() {
    long userId = api.userId();
    String token = api.podio.calendarFeedToken(PodioEmulator.DEMO_USER_EMAIL);

    String global = new String(calendar.globalIcal(userId, token), StandardCharsets.UTF_8);
    assertThat(api.last().path()).isEqualTo("/calendar/ics/" + userId + "/" + token + "/");
    assertThat(global).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");

    assertThat(new String(calendar.spaceIcal(1, userId, token), StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR");
    assertThat(api.last().path()).isEqualTo("/calendar/space/1/ics/" + userId + "/" + token + "/");
    assertThat(new String(calendar.appIcal(PodioEmulator.DEMO_APP_ID, userId, token), StandardCharsets.UTF_8))
        .contains("PRODID:");
    assertThat(api.last().path()).isEqualTo("/calendar/app/" + PodioEmulator.DEMO_APP_ID + "/ics/" + userId + "/"
        + token + "/");

    assertThatThrownBy(() -> calendar.globalIcal(userId, "not-the-token"))
        .isInstanceOf(PodioApiException.ForbiddenException.class).hasMessageContaining("feed token");
  }

  @Test
  void mutesAreListed() {
    assertThat(calendar.mutes()).isEmpty();
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/calendar/mute/");
  }

  @Test
  void badRangesAreTypedErrors() {
    assertThatThrownBy(() -> calendar.global(TO, FROM)).isInstanceOf(PodioApiException.BadRequestException.class)
        .hasMessageContaining("before date_from");
    assertThatThrownBy(() -> api.user().get("/calendar/")).isInstanceOf(PodioApiException.BadRequestException.class)
        .hasMessageContaining("date_from");
    assertThatThrownBy(() -> calendar.summary(0)).isInstanceOf(PodioApiException.BadRequestException.class);
  }

  @Test
  void fullAndMicroViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/calendar/", "[{\"id\": 7}, {\"uid\": \"task_8\", \"type\": \"task\", \"id\": 8,"
          + " \"group\": \"tasks\", \"title\": \"Call Ann\", \"status\": \"active\", \"link\": \"https://podio.com/t/8\","
          + " \"start\": \"2026-11-30 14:00:00\", \"start_date\": \"2026-11-30\", \"start_time\": \"14:00:00\","
          + " \"start_utc\": \"2026-11-30 13:00:00\", \"end\": \"2026-12-01\", \"end_date\": null,"
          + " \"ref_type\": \"task\", \"ref_id\": 8, \"app\": {\"app_id\": 3}}]");
      canned.answer("/calendar/summary", "{\"today\": {\"events\": [{\"id\": 1}]}}");
      canned.answer("/calendar/mute/", "[{\"id\": 5}, {\"id\": 6, \"type\": \"app\", \"title\": \"Leads\","
          + " \"item\": true, \"status\": false, \"task\": true}]");

      var events = canned.api().calendar().global(FROM, TO);
      CalendarEvent micro = events.get(0);
      assertThat(micro.id()).isEqualTo(7);
      assertThat(micro.startDay()).isEmpty();
      assertThat(micro.app()).isEmpty();
      CalendarEvent full = events.get(1);
      assertThat(full.startDay()).contains(LocalDate.of(2026, 11, 30));
      assertThat(full.endDay()).contains(LocalDate.of(2026, 12, 1));
      assertThat(full.allDay()).isFalse();
      assertThat(full.refId()).isEqualTo(8L);

      CalendarSummary summary = canned.api().calendar().summary(5);
      assertThat(summary.upcoming()).isNull();
      assertThat(summary.today().count()).isNull();
      assertThat(summary.today().events()).singleElement().satisfies(e -> assertThat(e.allDay()).isTrue());

      assertThat(canned.api().calendar().mutes()).satisfiesExactly(
          m -> assertThat(m.type()).isNull(),
          m -> {
            assertThat(m.title()).isEqualTo("Leads");
            assertThat(m.status()).isFalse();
          });
    }
  }
}
