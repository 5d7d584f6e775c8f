package io.podiokit.api.tests.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Upload;
import io.podiokit.api.batch.Batch;
import io.podiokit.api.importer.ContactMapping;
import io.podiokit.api.importer.ImportInfo;
import io.podiokit.api.importer.ImportMapping;
import io.podiokit.api.importer.ImportPreview;
import io.podiokit.api.importer.ImportStarted;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ImporterServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;
  static final String CSV = "Name,Email,Tags\r\n\"Smith, Ann\",ann@example.com,\"lead,hot\"\r\nBob,bob@example.com,\r\n,,\r\n";

  @AfterAll
  static void stop() {
    api.close();
  }

  static long upload(String name, String content) {
    return api.user().files().upload(Upload.of(name, "text/csv", content.getBytes(StandardCharsets.UTF_8))).fileId();
  }

  static long titleField() {
    return api.user().apps().app(APP).fields().get(0).fieldId();
  }

  @Test
  void readsASpreadsheetsColumnsAndPreviewsARow() {
    long fileId = upload("leads.csv", CSV);
    ImportInfo info = api.user().importers().info(fileId);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/importer/" + fileId + "/info");
    assertThat(info.rowCount()).isEqualTo(3);
    assertThat(info.columns()).extracting(ImportInfo.Column::name).containsExactly("Name", "Email", "Tags");
    long name = info.column("Name").orElseThrow().id();
    long tags = info.column("Tags").orElseThrow().id();

    ImportMapping mapping = new ImportMapping(List.of(ImportMapping.Field.of(titleField(), name)), tags);
    ImportPreview preview = api.user().importers().preview(fileId, 0, mapping);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/importer/" + fileId + "/preview/0");
    assertThat(api.last().json()).isEqualTo(Map.of("mappings", List.of(Map.of("field_id", titleField(),
        "unique", false, "value", Map.of("value_column_id", name))), "tags_column_id", tags));
    assertThat(preview.fields()).singleElement().satisfies(f -> {
      assertThat(f.fieldId()).isEqualTo(titleField());
      assertThat(f.externalId()).isEqualTo("title");
      assertThat(f.values()).containsExactly(Map.of("value", "Smith, Ann"));
    });
    assertThat(preview.tags()).containsExactly("lead", "hot");
  }

  @Test
  void importsItemsAsABatchThatRunsAndCompletes() {
    long fileId = upload("items.csv", CSV);
    ImportStarted started = api.user().importers().importItems(fileId, APP, ImportMapping.of(
        ImportMapping.Field.of(titleField(), 1)));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/importer/" + fileId + "/item/app/" + APP);

    Batch running = api.user().batches().batch(started.batchId());
    assertThat(running.status()).isEqualTo("running");
    assertThat(running.plugin()).isEqualTo("app_import");
    assertThat(running.file()).containsEntry("name", "items.csv");

    api.podio.advanceClock(Duration.ofSeconds(10));
    Batch done = api.user().batches().batch(started.batchId());
    assertThat(done.isDone()).isTrue();
    assertThat(done.completed()).isEqualTo(2);
    assertThat(done.skipped()).isEqualTo(1);
    assertThat(done.endedOn()).isNotNull();
  }

  @Test
  void importsContactsIntoASpace() {
    long fileId = upload("people.csv", CSV);
    long batchId = api.user().importers().importContacts(fileId, 1,
        new ContactMapping(Map.of("name", 1L, "mail", 2L))).batchId();
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/importer/" + fileId + "/contact/space/1");
    assertThat(api.last().json()).isEqualTo(Map.of("mappings", Map.of("name", 1L, "mail", 2L)));
    Batch batch = api.user().batches().batch(batchId);
    assertThat(batch.plugin()).isEqualTo("contact_import");
    assertThat(batch.space()).containsEntry("space_id", 1.0);
  }

  @Test
  void refusesBadInput() {
    long fileId = upload("bad.csv", CSV);
    assertThatThrownBy(() -> api.user().importers().preview(fileId, 0, ImportMapping.of(
        ImportMapping.Field.of(titleField(), 9))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("column 9"));
    assertThatThrownBy(() -> api.user().importers().preview(fileId, 7, ImportMapping.of(
        ImportMapping.Field.of(titleField(), 1))))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("row 7"));
    long xlsx = upload("sheet.xlsx", "PK");
    assertThatThrownBy(() -> api.user().importers().info(xlsx))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("CSV"));
    assertThatThrownBy(() -> api.user().importers().info(1))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> new ContactMapping(Map.of("mail", 2L))).isInstanceOf(IllegalArgumentException.class);
  }
}
