package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.TestClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class PodioEmulatorTest {

  @Test
  void buildSaysWhatIsMissingOrRepeated() {
    assertThatThrownBy(() -> PodioEmulator.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no client registered");
    assertThatThrownBy(() -> PodioEmulator.builder().client("a", "b").client("a", "c").build())
        .hasMessage("client id a was added twice");
    assertThatThrownBy(() -> PodioEmulator.builder().client("a", "b").app(1, "x").app(1, "y").build())
        .hasMessage("app id 1 was added twice");
    assertThatThrownBy(() -> PodioEmulator.builder().client("a", "b").user("U@x.com", "p", "n")
        .user("u@x.com", "q", "m").build()).hasMessage("user email u@x.com was added twice");
  }

  @Test
  void builderChecksEveryArgument() {
    PodioEmulator.Builder b = PodioEmulator.builder();
    assertThatThrownBy(() -> b.client(null, "s")).isInstanceOf(NullPointerException.class)
        .hasMessage("clientId == null");
    assertThatThrownBy(() -> b.client("c", " ")).hasMessage("clientSecret is blank");
    assertThatThrownBy(() -> b.client("c", "s", "https://example.com")).hasMessageContaining("host name");
    assertThatThrownBy(() -> b.app(0, "t")).hasMessageContaining("positive");
    assertThatThrownBy(() -> b.user("no-at", "p", "n")).hasMessageContaining("'@'");
    assertThatThrownBy(() -> b.port(-1)).hasMessageContaining("between 0 and 65535");
    assertThatThrownBy(() -> b.accessTokenTtl(Duration.ZERO)).hasMessageContaining("at least one second");
    assertThatThrownBy(() -> b.refreshTokenTtl(null)).hasMessage("refreshTokenTtl == null");
    assertThatThrownBy(() -> b.rateLimit(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> b.clock(null)).hasMessage("clock == null");
  }

  @Test
  void lifecycleIsIdempotentAndBaseUrlNeedsAStart() {
    PodioEmulator emulator = PodioEmulator.builder().demoData().build();
    assertThatThrownBy(emulator::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");

    assertThat(emulator.start()).isSameAs(emulator);
    int port = emulator.port();
    emulator.start();
    assertThat(emulator.port()).isEqualTo(port);
    assertThat(emulator.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port);
    assertThat(emulator.authorizeUrl().toString()).isEqualTo("http://127.0.0.1:" + port + "/oauth/authorize");

    emulator.close();
    emulator.close();
    assertThat(emulator.isRunning()).isFalse();
    assertThatThrownBy(emulator::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void listensOnTheGivenPortAndSaysWhenItIsTaken() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (PodioEmulator first = PodioEmulator.builder().demoData().port(port).start()) {
      assertThat(first.port()).isEqualTo(port);
      assertThatThrownBy(() -> PodioEmulator.builder().demoData().port(port).start())
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("127.0.0.1:" + port);
    }
  }

  @Test
  void theEmulatorsTimeFollowsItsClockPlusAdvances() {
    TestClock clock = TestClock.at(Instant.parse("2030-01-01T00:00:00Z"));
    try (PodioEmulator emulator = PodioEmulator.builder().demoData().clock(clock).build()) {
      clock.advance(Duration.ofMinutes(1));
      emulator.advanceClock(Duration.ofHours(1));

      assertThat(emulator.now()).isEqualTo(Instant.parse("2030-01-01T01:01:00Z"));
      assertThatThrownBy(() -> emulator.advanceClock(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void userIdsAreAssignedAndUnknownUsersSaySo() {
    try (PodioEmulator emulator = PodioEmulator.builder().client("c", "s").user("a@x.com", "p", "A")
        .user("b@x.com", "p", "B").build()) {
      assertThat(emulator.userId("a@x.com")).isNotEqualTo(emulator.userId("B@X.com"));
      assertThatThrownBy(() -> emulator.userId("nobody@x.com")).hasMessageContaining("nobody@x.com");
    }
  }

  @Test
  void countersParseBackFromJsonAndRejectOtherJson() {
    EmulatorCounters counters = new EmulatorCounters(Map.of("password", 2L, "refresh_token", 3L), 6, 1, 10, 4, 2, 1,
        1);

    EmulatorCounters back = EmulatorCounters.parse(counters.toJson());

    assertThat(back).isEqualTo(counters);
    assertThat(back.exchanges()).isEqualTo(5);
    assertThat(back.refreshes()).isEqualTo(3);
    assertThat(back.exchanges("app")).isZero();
    assertThatThrownBy(() -> EmulatorCounters.parse("[]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmulatorCounters.parse("{\"exchanges\":{}}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token_requests");
    assertThatThrownBy(() -> EmulatorCounters.parse("{")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsNeverAppearInToStringOrLogs() {
    String clientSecret = "cs-4f1d9a";
    String appToken = "at-77e2c0";
    String password = "pw-0b5e3f";
    List<String> logged = new ArrayList<>();
    Logger logger = Logger.getLogger("io.podiokit.emulator");
    Level previous = logger.getLevel();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r.getMessage() + " " + r.getThrown());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    try (PodioEmulator emulator = PodioEmulator.builder().client("cid", clientSecret).app(5, appToken)
        .user("p@example.com", password, "P").start()) {
      Wire wire = new Wire(emulator);
      Map<String, Object> token = wire.password("cid", clientSecret, "p@example.com", password);
      wire.app("cid", clientSecret, 5, appToken);
      wire.refresh("cid", clientSecret, (String) token.get("refresh_token"));
      wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password", "client_id", "cid",
          "client_secret", "wrong-" + clientSecret, "username", "p@example.com", "password", password)));
      wire.apiGet("/user/status", (String) token.get("access_token"));
      emulator.apiFaults().next(Fault.drop());
      try {
        wire.sendRaw(wire.request("/org/").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
      } catch (IOException | InterruptedException expected) {
        // the connection was dropped on purpose
      }

      List<String> texts = new ArrayList<>(logged);
      texts.add(emulator.toString());
      texts.add(emulator.counters().toString());
      texts.add(emulator.apiFaults().toString());
      for (String secret : List.of(clientSecret, appToken, password, (String) token.get("access_token"),
          (String) token.get("refresh_token"))) {
        assertThat(texts).noneMatch(t -> t.contains(secret));
      }
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }
  }
}
