package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.podiokit.ClientCredentials;
import io.podiokit.Grant;
import io.podiokit.TestClock;
import io.podiokit.Token;
import io.podiokit.TransportException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token's lifetime a token endpoint states. The emulator only states sensible ones, so a small server of this test
 * answers with the {@code expires_in} each test sets.
 */
class TokenLifetimeIT {

  private final AtomicReference<String> expiresIn = new AtomicReference<>("28800");
  private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
  private final HttpServer server;

  TokenLifetimeIT() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = ("{\"access_token\": \"access-1\", \"refresh_token\": \"refresh-1\", \"token_type\": \"bearer\", "
          + "\"expires_in\": " + expiresIn.get() + "}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void close() {
    server.stop(0);
  }

  private Token exchange() {
    return RetrofitTokenEndpoint.builder().credentials(new ClientCredentials("id", "secret"))
        .apiUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).clock(clock).build()
        .exchange(new Grant.App(1, "app-token"));
  }

  @Test
  void aLifetimeUpToAYearIsTaken() {
    expiresIn.set(Long.toString(Duration.ofDays(366).toSeconds()));
    assertThat(exchange().expiresAt()).isEqualTo(clock.now().plus(Duration.ofDays(366)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "\"9223372036854775807\"", "1e300", "40000000000000000",
      "31622401"})
  void aLifetimeBeyondAYearIsATypedErrorNotAnArithmeticOne(String value) {
    expiresIn.set(value);
    assertThatThrownBy(this::exchange).isInstanceOf(TransportException.class)
        .hasMessageContaining("expires_in")
        .hasMessageContaining("1 second to 366 days")
        .hasMessageNotContaining("access-1").hasMessageNotContaining("refresh-1");
  }
}
