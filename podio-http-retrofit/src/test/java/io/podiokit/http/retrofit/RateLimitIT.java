package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.Authentication;
import io.podiokit.RateLimitException;
import io.podiokit.emulator.PodioEmulator;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Podio's rate limit: mapped with what the headers said, readable per authentication, retried when asked. */
class RateLimitIT {

  private final Fixture fixture = new Fixture(PodioEmulator.builder().rateLimit(2));

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void rateLimitIsMappedWithTheHeadersAndTheLastStatusIsKept() {
    try (PodioClient client = fixture.client().build()) {
      Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
      PodioApi api = client.api(app);
      assertThat(api.rateLimit()).isEmpty();

      api.apps().app(Fixture.APP_ID);
      assertThat(client.rateLimit(app)).hasValueSatisfying(s -> {
        assertThat(s.limit()).isEqualTo(2);
        assertThat(s.remaining()).isEqualTo(1);
      });
      api.apps().app(Fixture.APP_ID);

      assertThatThrownBy(() -> api.apps().app(Fixture.APP_ID))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.status()).isEqualTo(420);
            assertThat(e.limit()).hasValue(2);
            assertThat(e.remaining()).hasValue(0);
            assertThat(e.retryAfter()).isEmpty();
            assertThat(e.error().orElseThrow().error()).isEqualTo("rate_limit");
          })
          .hasMessageContaining("GET /app/" + Fixture.APP_ID + " was rate limited: HTTP 420");
      assertThat(api.rateLimit().orElseThrow().remaining()).isZero();
      assertThat(fixture.slept).as("no retry unless asked").isEmpty();
    }
  }

  @Test
  void rateLimitIsWaitedOutWhenRetriesAreEnabled() {
    // Each wait moves the shared clock; the emulator's window is an hour, so the backoff is allowed that long.
    try (PodioClient client = fixture.client().rateLimitRetries(3, Duration.ofHours(2)).build()) {
      PodioApi api = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));
      api.apps().app(Fixture.APP_ID);
      api.apps().app(Fixture.APP_ID);
      fixture.slept.clear();
      fixture.clock.advance(Duration.ofMinutes(59).plusSeconds(58)); // the window ends within the first backoffs

      assertThat(api.apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);

      assertThat(fixture.slept).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(fixture.podio.counters().rateLimited()).isEqualTo(fixture.slept.size());
    }
  }

  @Test
  void retriesAreBounded() {
    try (PodioClient client = fixture.client().rateLimitRetries(2, Duration.ofSeconds(5)).build()) {
      PodioApi api = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));
      api.apps().app(Fixture.APP_ID);
      api.apps().app(Fixture.APP_ID);
      fixture.slept.clear();

      assertThatThrownBy(() -> api.apps().app(Fixture.APP_ID)).isInstanceOf(RateLimitException.class);

      assertThat(fixture.slept).hasSize(2).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(5)));
      assertThat(fixture.podio.counters().rateLimited()).isEqualTo(3);
    }
  }
}
