package io.podiokit.api.tests.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.RefType;
import io.podiokit.api.Upload;
import io.podiokit.api.batch.Batch;
import io.podiokit.api.importer.ImportMapping;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BatchServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  static long startImport() {
    long fileId = api.user().files().upload(Upload.of("rows.csv", "text/csv",
        "Name\nOne\nTwo\n".getBytes(StandardCharsets.UTF_8))).fileId();
    long field = api.user().apps().app(APP).fields().get(0).fieldId();
    return api.user().importers().importItems(fileId, APP, ImportMapping.of(ImportMapping.Field.of(field, 1)))
        .batchId();
  }

  @Test
  void readsOneBatch() {
    long id = startImport();
    Batch b = api.user().batches().batch(id);
    assertThat(api.last().method()).isEqualTo("GET");
    assertThat(api.last().path()).isEqualTo("/batch/" + id);
    assertThat(b.batchId()).isEqualTo(id);
    assertThat(b.name()).isEqualTo("Import of rows.csv");
    assertThat(b.createdOn()).isNotNull();
    assertThat(b.app()).containsKey("app_id");
  }

  @Test
  void listsTheCallersBatchesNewestFirstAndThoseStillRunning() {
    long first = startImport();
    api.podio.advanceClock(Duration.ofSeconds(10));
    long second = startImport();

    List<Batch> page = api.user().batches().batches(1, 0);
    assertThat(api.last().path()).isEqualTo("/batch/");
    assertThat(api.last().queryParams()).isEqualTo(Map.of("limit", "1", "offset", "0"));
    assertThat(page).extracting(Batch::batchId).containsExactly(second);
    assertThat(api.user().batches().allBatches().map(Batch::batchId)).containsSubsequence(second, first);
    assertThat(api.app().batches().batches(null, null)).isEmpty();

    List<Batch> running = api.user().batches().running(RefType.APP, APP, "app_import");
    assertThat(api.last().path()).isEqualTo("/batch/app/" + APP + "/app_import/running/");
    assertThat(running).extracting(Batch::batchId).containsExactly(second);
    assertThat(api.user().batches().running(RefType.APP, APP, "contact_import")).isEmpty();
  }

  @Test
  void readsMicroAndFullViews() {
    long id = startImport();
    Batch micro = api.user().get("/batch/" + id + "?view=micro", Batch.class);
    assertThat(micro.batchId()).isEqualTo(id);
    assertThat(micro.status()).isEqualTo("running");
    assertThat(micro.file()).isNull();
    assertThat(micro.completed()).isNull();
    assertThat(api.user().batches().batch(id).file()).isNotNull();
  }

  @Test
  void hidesOtherCallersBatches() {
    long id = startImport();
    assertThatThrownBy(() -> api.app().batches().batch(id))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}
