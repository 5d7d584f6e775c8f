package io.podiokit.api.tests.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.recurrence.Recurrence;
import io.podiokit.api.recurrence.RecurrenceRule;
import io.podiokit.api.recurrence.RecurrenceService;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Recurrence over HTTP, on items: set, read, change, delete. */
class RecurrenceIT {

  static final ApiFixture api = ApiFixture.start();

  final RecurrenceService recurrences = api.user().recurrences();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aRecurrenceIsSetReadChangedAndDeleted() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Weekly meeting");

    recurrences.set("item", item,
        RecurrenceRule.weekly(2, DayOfWeek.MONDAY, DayOfWeek.THURSDAY).until(LocalDate.of(2027, 6, 30)));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/recurrence/item/" + item);
    assertThat(api.last().json()).isEqualTo(Map.of("name", "weekly", "config",
        Map.of("days", List.of("monday", "thursday")), "step", 2L, "until", "2027-06-30"));

    Recurrence r = recurrences.recurrence("item", item);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(r.name()).isEqualTo("weekly");
    assertThat(r.step()).isEqualTo(2);
    assertThat(r.config()).containsEntry("days", List.of("monday", "thursday"));
    assertThat(r.untilDate()).contains(LocalDate.of(2027, 6, 30));

    recurrences.set("item", item, RecurrenceRule.monthly(1, true));
    assertThat(api.last().json()).isEqualTo(Map.of("name", "monthly", "config", Map.of("repeat_on", "day_of_week"),
        "step", 1L));
    Recurrence monthly = recurrences.recurrence("item", item);
    assertThat(monthly.recurrenceId()).isEqualTo(r.recurrenceId());
    assertThat(monthly.untilDate()).isEmpty();

    recurrences.set("item", item, RecurrenceRule.yearly(1));
    assertThat(recurrences.recurrence("item", item).config()).isEmpty();

    recurrences.delete("item", item);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/recurrence/item/" + item);
    assertThatThrownBy(() -> recurrences.recurrence("item", item))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Recurrence");
  }

  @Test
  void badRulesAreRefusedBeforeAndByTheServer() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Checked");
    assertThatThrownBy(() -> RecurrenceRule.weekly(1)).hasMessageContaining("at least one day");
    assertThatThrownBy(() -> RecurrenceRule.yearly(0)).hasMessageContaining("step must be 1 or more");
    assertThatThrownBy(() -> new RecurrenceRule("hourly", Map.of(), 1, null)).hasMessageContaining("weekly");
    assertThatThrownBy(() -> api.user().put("/recurrence/item/" + item, Map.of("name", "weekly", "config",
        Map.of("days", List.of("funday"))))).isInstanceOf(PodioApiException.BadRequestException.class)
        .hasMessageContaining("config.days");
    assertThatThrownBy(() -> api.user().put("/recurrence/item/" + item, Map.of("name", "yearly", "until", "soon")))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("until");
    assertThatThrownBy(() -> recurrences.delete("item", item))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/recurrence/task/4", "{\"recurrence_id\": 2}");
      Recurrence r = canned.api().recurrences().recurrence("task", 4);
      assertThat(r.recurrenceId()).isEqualTo(2);
      assertThat(r.config()).isEmpty();
      assertThat(r.untilDate()).isEmpty();
    }
  }
}
