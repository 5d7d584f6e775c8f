package io.podiokit.api.tests.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.app.App;
import io.podiokit.api.app.FieldConfig;
import io.podiokit.api.item.FieldValue;
import io.podiokit.api.item.Item;
import io.podiokit.api.item.ItemService;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Every field type written with {@link ItemValues} in Podio's write shape, and read back typed. */
class FieldValuesIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  ItemService items() {
    return api.user().items();
  }

  @Test
  void everyTypeIsWrittenInPodiosShapeAndReadBackTyped() {
    long customer = items().create(APP, ItemValues.builder().text("title", "ACME").build()).itemId();
    long profile = api.userId() + 100_000;

    long id = items().create(APP, ItemValues.builder()
        .text("title", "<p>Quarterly report</p>")
        .number("count", new BigDecimal("12.5"))
        .progress("progress", 40)
        .duration("effort", Duration.ofHours(2))
        .money("price", new BigDecimal("99.90"), "eur")
        .location("place", "Vesterbrogade 1, Copenhagen")
        .date("due", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2))
        .category("status", 2)
        .relation("customer", customer)
        .contact("owner", profile)
        .image("photo", 501)
        .file("attachment", 502, 503)
        .embed("website", 601, null)
        .phone("phone", "work", "+45 1234")
        .phone("phone", "mobile", "+45 5678")
        .email("email", "work", "ann@example.com")
        .tag("labels", "red", "blue")
        .build()).itemId();

    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) ((Map<?, ?>) api.last().json()).get("fields");
    assertThat(fields.get("title")).isEqualTo("<p>Quarterly report</p>");
    assertThat(fields.get("count")).isEqualTo(12.5);
    assertThat(fields.get("progress")).isEqualTo(40L);
    assertThat(fields.get("effort")).isEqualTo(7200L);
    assertThat(fields.get("price")).isEqualTo(Map.of("value", "99.90", "currency", "EUR"));
    assertThat(fields.get("place")).isEqualTo(Map.of("value", "Vesterbrogade 1, Copenhagen"));
    assertThat(fields.get("due")).isEqualTo(Map.of("start_date", "2026-11-30", "end_date", "2026-12-02"));
    assertThat(fields.get("status")).isEqualTo(List.of(2L));
    assertThat(fields.get("customer")).isEqualTo(List.of(customer));
    assertThat(fields.get("owner")).isEqualTo(List.of(profile));
    assertThat(fields.get("attachment")).isEqualTo(List.of(502L, 503L));
    assertThat(fields.get("website")).isEqualTo(List.of(Map.of("embed", 601L)));
    assertThat(fields.get("phone")).isEqualTo(List.of(Map.of("type", "work", "value", "+45 1234"),
        Map.of("type", "mobile", "value", "+45 5678")));
    assertThat(fields.get("labels")).isEqualTo(List.of("red", "blue"));
    assertThat(fields).doesNotContainKey("total");

    Item item = items().item(id);
    assertThat(item.title()).isEqualTo("<p>Quarterly report</p>");
    assertThat(item.value("title", FieldValue.Text.class)).contains(new FieldValue.Text("<p>Quarterly report</p>"));
    assertThat(item.value("count", FieldValue.Number.class).orElseThrow().value()).isEqualByComparingTo("12.5");
    assertThat(item.value("progress", FieldValue.Progress.class)).contains(new FieldValue.Progress(40));
    assertThat(item.value("effort", FieldValue.Duration.class).orElseThrow().toDuration()).hasHours(2);
    assertThat(item.value("total", FieldValue.Calculation.class).orElseThrow().number().orElseThrow())
        .as("the emulator's calculation sums the number fields").isEqualByComparingTo("12.5");
    FieldValue.Money price = item.value("price", FieldValue.Money.class).orElseThrow();
    assertThat(price.value()).isEqualByComparingTo("99.9");
    assertThat(price.currency()).isEqualTo("EUR");
    assertThat(item.value("place", FieldValue.Location.class).orElseThrow().formatted())
        .isEqualTo("Vesterbrogade 1, Copenhagen");
    FieldValue.Date due = item.value("due", FieldValue.Date.class).orElseThrow();
    assertThat(due.startDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(due.endDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(due.allDay()).isTrue();
    assertThat(item.value("status", FieldValue.Category.class))
        .contains(new FieldValue.Category(2, "Done", "D2E4EB", "active"));
    FieldValue.AppRelation rel = item.value("customer", FieldValue.AppRelation.class).orElseThrow();
    assertThat(rel.itemId()).isEqualTo(customer);
    assertThat(rel.title()).isEqualTo("ACME");
    assertThat(rel.appId()).isEqualTo(APP);
    FieldValue.Contact owner = item.value("owner", FieldValue.Contact.class).orElseThrow();
    assertThat(owner.profileId()).isEqualTo(profile);
    assertThat(owner.name()).isEqualTo(PodioEmulator.DEMO_USER_NAME);
    assertThat(owner.mail()).containsExactly(PodioEmulator.DEMO_USER_EMAIL);
    assertThat(item.value("photo", FieldValue.Image.class).orElseThrow().fileId()).isEqualTo(501);
    assertThat(item.values("attachment", FieldValue.File.class)).extracting(FieldValue.File::fileId)
        .containsExactly(502L, 503L);
    FieldValue.Embed embed = item.value("website", FieldValue.Embed.class).orElseThrow();
    assertThat(embed.embedId()).isEqualTo(601);
    assertThat(embed.fileId()).isNull();
    assertThat(item.values("phone", FieldValue.Phone.class)).containsExactly(
        new FieldValue.Phone("work", "+45 1234"), new FieldValue.Phone("mobile", "+45 5678"));
    assertThat(item.values("email", FieldValue.Email.class))
        .containsExactly(new FieldValue.Email("work", "ann@example.com"));
    assertThat(item.values("labels", FieldValue.Tag.class))
        .containsExactly(new FieldValue.Tag("red"), new FieldValue.Tag("blue"));
    assertThat(item.valuesByField().values()).allSatisfy(values ->
        assertThat(values).noneMatch(v -> v instanceof FieldValue.Unknown));
    assertThat(item.valuesByField()).hasSize(17);
  }

  @Test
  void timedDatesCarryTheirUtcTimes() {
    long id = items().create(APP, ItemValues.builder().text("title", "Meeting")
        .dateTime("due", LocalDateTime.of(2026, 3, 1, 9, 30), LocalDateTime.of(2026, 3, 1, 11, 0)).build()).itemId();

    assertThat(((Map<?, ?>) ((Map<?, ?>) api.last().json()).get("fields")).get("due"))
        .isEqualTo(Map.of("start_utc", "2026-03-01 09:30:00", "end_utc", "2026-03-01 11:00:00"));
    FieldValue.Date due = items().item(id).value("due", FieldValue.Date.class).orElseThrow();
    assertThat(due.allDay()).isFalse();
    assertThat(due.startTime()).isEqualTo(LocalTime.of(9, 30));
    assertThat(due.startUtc()).isEqualTo(LocalDateTime.of(2026, 3, 1, 9, 30));
    assertThat(due.endUtc()).isEqualTo(LocalDateTime.of(2026, 3, 1, 11, 0));
  }

  @Test
  void valuesOfTheWrongShapeAreRefusedWithPodiosErrorNamingTheField() {
    assertThatThrownBy(() -> items().create(APP, ItemValues.builder().category("status", 9).build()))
        .isInstanceOf(PodioApiException.class)
        .hasMessageContaining("status").hasMessageContaining("no option with id 9");
    assertThat(api.last().status()).isEqualTo(400);
    assertThatThrownBy(() -> items().create(APP, ItemValues.builder().raw("count", "many").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("expected a number");
    assertThatThrownBy(() -> items().create(APP, ItemValues.builder().raw("total", 3).build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("read-only");
    assertThatThrownBy(() -> items().create(APP, ItemValues.builder().relation("customer", 987_654).build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("no item with id 987654");
    assertThatThrownBy(() -> items().create(APP,
        ItemValues.builder().money("price", BigDecimal.ONE, "JPY").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("JPY");
    assertThatThrownBy(() -> items().create(APP, ItemValues.builder().raw("nope", "x").build()))
        .isInstanceOf(PodioApiException.class).hasMessageContaining("No field with external_id or field_id 'nope'");
  }

  @Test
  void theBuilderFailsFastOnValuesPodioWouldRefuse() {
    assertThatThrownBy(() -> ItemValues.builder().progress("p", 101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 100");
    assertThatThrownBy(() -> ItemValues.builder().phone("p", "fax", "1")).hasMessageContaining("phone type");
    assertThatThrownBy(() -> ItemValues.builder().email("e", "work", "no-at")).hasMessageContaining("email");
    assertThatThrownBy(() -> ItemValues.builder().money("m", BigDecimal.ONE, "EURO")).hasMessageContaining("ISO");
    assertThatThrownBy(() -> ItemValues.builder().relation("r", 0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> ItemValues.builder().text(" ", "x")).hasMessageContaining("blank");
    assertThatThrownBy(() -> ItemValues.builder().build().value("title")).hasMessageContaining("no value");
  }

  @Test
  void aFieldOfATypeNoClientModelsReadsAsRawJsonAndNeverFailsTheItem() {
    long fieldId = api.user().apps().addField(APP,
        new FieldConfig.NewField("video", FieldConfig.of("Intro video"), "intro")).fieldId();
    long id = items().create(APP, ItemValues.builder().text("title", "With video")
        .raw("intro", List.of(Map.of("value", Map.of("video_id", 7, "url", "https://v.example/7")))).build())
        .itemId();

    Item item = items().item(id);

    FieldValue.Unknown video = item.value("intro", FieldValue.Unknown.class).orElseThrow();
    assertThat(video.fieldType()).isEqualTo("video");
    assertThat(video.raw()).containsKey("value");
    assertThat(item.field(fieldId)).isPresent();
    assertThat(item.title()).isEqualTo("With video");
    App app = api.user().apps().app(APP);
    assertThat(app.field("intro").orElseThrow().type()).isEqualTo("video");
  }

  @Test
  void anOddValueOfAKnownTypeReadsAsUnknownInsteadOfFailing() {
    FieldValue odd = FieldValue.of("category", Map.of("value", "not an option"));
    FieldValue none = FieldValue.of(null, Map.of("value", 1));

    assertThat(odd).isEqualTo(new FieldValue.Unknown("category", Map.of("value", "not an option")));
    assertThat(none.fieldType()).isEqualTo("unknown");
  }
}
