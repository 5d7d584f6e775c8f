package io.podiokit.api.tests.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.integration.Integration;
import io.podiokit.api.integration.IntegrationCreated;
import io.podiokit.api.integration.IntegrationSettings;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IntegrationServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;

  @AfterAll
  static void stop() {
    api.close();
  }

  @AfterEach
  void removeIntegration() {
    try {
      api.user().integrations().delete(APP);
    } catch (PodioApiException e) {
      assertThat(e.status()).isEqualTo(404);
    }
  }

  @Test
  void createsMapsRefreshesAndDeletesAnAppsIntegration() {
    IntegrationCreated created = api.user().integrations().create(APP,
        IntegrationSettings.of("csv", Map.of("url", "https://example.com/leads.csv")));
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/integration/" + APP);
    assertThat(api.last().json()).isEqualTo(Map.of("type", "csv", "config",
        Map.of("url", "https://example.com/leads.csv")));

    Integration fresh = api.user().integrations().integration(APP);
    assertThat(api.last().path()).isEqualTo("/integration/" + APP);
    assertThat(fresh.integrationId()).isEqualTo(created.integrationId());
    assertThat(fresh.appId()).isEqualTo(APP);
    assertThat(fresh.status()).isEqualTo("inactive");
    assertThat(fresh.config()).containsEntry("url", "https://example.com/leads.csv");
    assertThat(fresh.mapping()).isEmpty();
    assertThat(fresh.lastUpdatedOn()).isNull();
    assertThat(fresh.createdBy()).isNotNull();

    api.user().integrations().update(APP, new IntegrationSettings(null, true,
        Map.of("url", "https://example.com/v2.csv"), Map.of("1011", "Name")));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().json()).isEqualTo(Map.of("silent", true, "config",
        Map.of("url", "https://example.com/v2.csv"), "mapping", Map.of("1011", "Name")));
    Integration mapped = api.user().integrations().integration(APP);
    assertThat(mapped.status()).isEqualTo("active");
    assertThat(mapped.silent()).isTrue();
    assertThat(mapped.mapping()).containsEntry("1011", "Name");

    api.podio.advanceClock(Duration.ofMinutes(1));
    api.user().integrations().refresh(APP);
    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/integration/" + APP + "/refresh");
    assertThat(api.user().integrations().integration(APP).lastUpdatedOn()).isNotNull()
        .isGreaterThan(mapped.createdOn());

    api.user().integrations().delete(APP);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> api.user().integrations().integration(APP))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void readsMicroAndFullViews() {
    long id = api.user().integrations().create(APP, IntegrationSettings.of("rss", Map.of())).integrationId();
    Integration micro = api.user().get("/integration/" + APP + "?view=micro", Integration.class);
    assertThat(micro.integrationId()).isEqualTo(id);
    assertThat(micro.type()).isEqualTo("rss");
    assertThat(micro.config()).isEmpty();
    assertThat(micro.createdBy()).isNull();
    assertThat(api.user().integrations().integration(APP).createdOn()).isNotNull();
  }

  @Test
  void refusesASecondIntegrationAndARefreshWithoutMapping() {
    api.user().integrations().create(APP, IntegrationSettings.of("csv", Map.of()));
    assertThatThrownBy(() -> api.user().integrations().create(APP, IntegrationSettings.of("csv", Map.of())))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    assertThatThrownBy(() -> api.user().integrations().refresh(APP))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.getMessage()).contains("mapping"));
    assertThatThrownBy(() -> api.user().integrations().integration(999))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }
}
