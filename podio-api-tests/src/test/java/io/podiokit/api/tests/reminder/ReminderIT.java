package io.podiokit.api.tests.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.reminder.Reminder;
import io.podiokit.api.reminder.ReminderService;
import io.podiokit.api.reminder.ReminderSettings;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.tests.TestItems;
import io.podiokit.emulator.PodioEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Reminders over HTTP, on items (tasks' routes live elsewhere): set, read, snooze, delete. */
class ReminderIT {

  static final ApiFixture api = ApiFixture.start();

  final ReminderService reminders = api.user().reminders();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aReminderIsSetReadSnoozedReplacedAndDeleted() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Due soon");

    reminders.set("item", item, ReminderSettings.before(Duration.ofMinutes(30)));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/reminder/item/" + item);
    assertThat(api.last().json()).isEqualTo(Map.of("remind_delta", 30L));
    assertThat(api.last().status()).isEqualTo(204);

    Reminder reminder = reminders.reminder("item", item);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/reminder/item/" + item);
    assertThat(reminder.remindDelta()).isEqualTo(30);

    reminders.snooze("item", item);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/reminder/item/" + item + "/snooze");
    assertThat(api.last().status()).isEqualTo(204);

    reminders.set("item", item, new ReminderSettings(5));
    assertThat(reminders.reminder("item", item)).isEqualTo(new Reminder(reminder.reminderId(), 5));

    reminders.delete("item", item);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/reminder/item/" + item);
    assertThatThrownBy(() -> reminders.reminder("item", item))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Reminder");
  }

  @Test
  void aDeletedObjectHasNoReminder() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Shared");
    reminders.set("item", item, new ReminderSettings(10));

    TestItems.delete(api.user(), item);

    assertThatThrownBy(() -> reminders.reminder("item", item))
        .isInstanceOf(PodioApiException.NotFoundException.class).hasMessageContaining("Item");
  }

  @Test
  void badInputIsATypedError() {
    long item = TestItems.create(api.user(), PodioEmulator.DEMO_APP_ID, "Checked");
    assertThatThrownBy(() -> new ReminderSettings(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReminderSettings.before(Duration.ofSeconds(90))).hasMessageContaining("whole number");
    assertThatThrownBy(() -> reminders.snooze("item", item)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> reminders.set("item", 999_999_999L, new ReminderSettings(1)))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> reminders.set("nonsense", item, new ReminderSettings(1)))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("ref_type");
    assertThatThrownBy(() -> api.user().put("/reminder/item/" + item, Map.of("remind_delta", "soon")))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("remind_delta");
    assertThatThrownBy(() -> api.app().reminders().set("item", item, new ReminderSettings(1)))
        .isInstanceOf(PodioApiException.ForbiddenException.class);
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/reminder/task/4", "{\"reminder_id\": 2}");
      assertThat(canned.api().reminders().reminder("task", 4)).isEqualTo(new Reminder(2, null));
    }
  }
}
