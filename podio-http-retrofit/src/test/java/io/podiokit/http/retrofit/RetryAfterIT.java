package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.podiokit.Authentication;
import io.podiokit.ClientCredentials;
import io.podiokit.Clock;
import io.podiokit.GrantKind;
import io.podiokit.RateLimitException;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Retry-After} honoured. The emulator sends none, so a small server of this test answers 429 with
 * {@code Retry-After: 7} a set number of times, then 200.
 */
class RetryAfterIT {

  private final AtomicInteger limitedAnswers = new AtomicInteger();
  private final HttpServer server;
  private final List<Duration> slept = new CopyOnWriteArrayList<>();
  private final MapSessionStore store = new MapSessionStore();

  RetryAfterIT() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body;
      if (limitedAnswers.getAndDecrement() > 0) {
        exchange.getResponseHeaders().set("Retry-After", "7");
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        body = "{\"error\": \"rate_limit\", \"error_description\": \"slow down\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(429, body.length);
      } else {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        body = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
      }
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void close() {
    server.stop(0);
  }

  private PodioClient client(int retries) {
    return PodioClient.builder().credentials(new ClientCredentials("id", "secret"))
        .apiUrl("http://127.0.0.1:" + server.getAddress().getPort()).sessionStore(store)
        .rateLimitRetries(retries, Duration.ofSeconds(30)).sleeper(slept::add).build();
  }

  private Authentication signedIn(PodioClient client) {
    SessionKey key = SessionKey.app("id", 1);
    Instant now = Clock.system().now();
    store.save(new Session(key, new Token("access", "refresh", now.plus(Duration.ofHours(8)), "", null, "bearer"),
        GrantKind.APP, 0, now, now.plus(Duration.ofDays(28))));
    return client.forKey(key);
  }

  @Test
  void waitsAtLeastWhatRetryAfterSays() {
    limitedAnswers.set(2);
    try (PodioClient client = client(3)) {
      Object answer = client.api(signedIn(client)).get("/anything");

      assertThat(answer).isEqualTo(java.util.Map.of("ok", true));
      assertThat(slept).hasSize(2).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(7),
          Duration.ofSeconds(8)));
    }
  }

  @Test
  void retryAfterLongerThanTheMostToWaitIsNotWaitedFor() {
    limitedAnswers.set(1);
    try (PodioClient client = PodioClient.builder().credentials(new ClientCredentials("id", "secret"))
        .apiUrl("http://127.0.0.1:" + server.getAddress().getPort()).sessionStore(store)
        .rateLimitRetries(3, Duration.ofSeconds(5)).sleeper(slept::add).build()) {
      assertThatThrownBy(() -> client.api(signedIn(client)).post("/item/app/1/", java.util.Map.of("a", 1)))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
          });
      assertThat(slept).isEmpty();
    }
  }

  @Test
  void tokenIsNotSentToAnotherHost() {
    List<String> authorizations = new CopyOnWriteArrayList<>();
    server.createContext("/echo", exchange -> {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    try (PodioClient client = client(0)) {
      PodioApi api = client.api(signedIn(client));
      api.get("/echo");
      api.create(Elsewhere.class).get("http://localhost:" + server.getAddress().getPort() + "/echo");

      assertThat(authorizations).containsExactly("OAuth2 access", "null");
    }
  }

  /** A service that takes a full URL. */
  interface Elsewhere {
    @retrofit2.http.GET
    Object get(@retrofit2.http.Url String url);
  }

}
