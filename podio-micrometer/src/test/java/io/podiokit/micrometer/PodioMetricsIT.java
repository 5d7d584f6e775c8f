package io.podiokit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.podiokit.Authentication;
import io.podiokit.SessionStores;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioClient;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The meters a client wired with {@link PodioMetrics} reports, against the emulator over real HTTP. */
class PodioMetricsIT {

  @Test
  void callsRefreshesRateLimitsAndStoreOperationsAreMeasuredWithoutSecrets() throws Exception {
    MeterRegistry registry = new SimpleMeterRegistry();
    PodioMetrics metrics = PodioMetrics.of(registry);
    try (PodioEmulator podio = PodioEmulator.builder().demoData().start();
         var store = metrics.timed(SessionStores.open("memory:"));
         PodioClient client = PodioClient.builder()
             .credentials(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET)
             .apiUrl(podio.baseUrl())
             .sessionStore(store)
             .okHttpClient(new OkHttpClient.Builder().addInterceptor(metrics.interceptor()).build())
             .listener(metrics.listener())
             .build()) {
      Authentication app = client.authenticateWithApp(PodioEmulator.DEMO_APP_ID, PodioEmulator.DEMO_APP_TOKEN);
      client.api(app).apps().app(PodioEmulator.DEMO_APP_ID);
      client.api(app).apps().app(PodioEmulator.DEMO_APP_ID);
      podio.advanceClock(Duration.ofHours(9));
      client.api(app).apps().app(PodioEmulator.DEMO_APP_ID);

      Timer calls = registry.find(PodioMetrics.API_REQUESTS).tags("method", "GET", "uri", "app/{app_id}",
          "status", "200", "outcome", "SUCCESS").timer();
      assertThat(calls).isNotNull();
      assertThat(calls.count()).isEqualTo(3);
      assertThat(registry.find(PodioMetrics.SESSIONS).tag("event", "authenticated").counter().count()).isEqualTo(1);
      assertThat(registry.find(PodioMetrics.REFRESHES).tag("result", "exchanged").counter().count()).isEqualTo(1);
      assertThat(metrics.lastRefresh()).hasValueSatisfying(o -> assertThat(o.failed()).isFalse());
      assertThat(registry.find(PodioMetrics.RATE_LIMIT_REMAINING).tag("authentication", "app:1001").gauge().value())
          .isGreaterThan(0);
      assertThat(registry.find(PodioMetrics.STORE_OPERATIONS).tag("operation", "load").timer().count())
          .isPositive();
      assertThat(registry.find(PodioMetrics.STORE_OPERATIONS).tag("operation", "save").timer().count())
          .isPositive();
      String everything = registry.getMeters().stream().map(m -> m.getId().toString()).reduce("", String::concat);
      assertThat(everything).doesNotContain(PodioEmulator.DEMO_APP_TOKEN, PodioEmulator.DEMO_CLIENT_SECRET,
          app.accessToken());
    }
  }
}
