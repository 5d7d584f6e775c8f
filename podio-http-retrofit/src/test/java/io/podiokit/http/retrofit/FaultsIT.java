package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.AuthException;
import io.podiokit.Authentication;
import io.podiokit.AuthorizationRequest;
import io.podiokit.InvalidClientException;
import io.podiokit.InvalidGrantException;
import io.podiokit.PodioApiException;
import io.podiokit.PodioError;
import io.podiokit.PodioException;
import io.podiokit.RateLimitException;
import io.podiokit.TransportException;
import io.podiokit.emulator.Fault;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fault the emulator can show, on the API and on the token endpoint, ends in the right exception. */
class FaultsIT {

  private final Fixture fixture = new Fixture();
  private final PodioClient client = fixture.client()
      .okHttpClient(new OkHttpClient.Builder().readTimeout(500, TimeUnit.MILLISECONDS).build())
      .build();

  @AfterEach
  void close() {
    client.close();
    fixture.close();
  }

  static Stream<Arguments> apiFaults() {
    return Stream.of(
        Arguments.of(Fault.status(400), PodioApiException.BadRequestException.class, "HTTP 400"),
        Arguments.of(Fault.status(401), PodioApiException.UnauthorizedException.class, "HTTP 401"),
        Arguments.of(Fault.status(403), PodioApiException.ForbiddenException.class, "HTTP 403"),
        Arguments.of(Fault.status(404), PodioApiException.NotFoundException.class, "HTTP 404"),
        Arguments.of(Fault.status(409), PodioApiException.ConflictException.class, "HTTP 409"),
        Arguments.of(Fault.status(410), PodioApiException.GoneException.class, "HTTP 410"),
        Arguments.of(Fault.status(420), RateLimitException.class, "HTTP 420"),
        Arguments.of(Fault.status(429), RateLimitException.class, "HTTP 429"),
        Arguments.of(Fault.status(500), PodioApiException.ServerErrorException.class, "HTTP 500"),
        Arguments.of(Fault.status(503), PodioApiException.UnavailableException.class, "HTTP 503"),
        Arguments.of(Fault.html(502), PodioApiException.UnavailableException.class, "an HTML page"),
        Arguments.of(Fault.html(404), PodioApiException.NotFoundException.class, "an HTML page"),
        Arguments.of(Fault.empty(500), PodioApiException.ServerErrorException.class, "an empty body"),
        Arguments.of(Fault.empty(200), TransportException.class, "an empty body"),
        Arguments.of(Fault.malformed(), TransportException.class, "not valid JSON"),
        Arguments.of(Fault.delay(Duration.ofSeconds(2)), TransportException.class, "timed out"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apiFaults")
  void apiFaultBecomesTheMatchingException(Fault fault, Class<? extends PodioException> expected, String message) {
    PodioApi api = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));
    fixture.podio.apiFaults().next(fault);

    assertThatThrownBy(() -> api.apps().app(Fixture.APP_ID)).isExactlyInstanceOf(expected)
        .hasMessageContaining(message).hasMessageContaining("/app/" + Fixture.APP_ID);
    fixture.podio.apiFaults().next(fault);
    assertThatThrownBy(() -> api.get("/app/" + Fixture.APP_ID)).as("raw call").isExactlyInstanceOf(expected)
        .hasMessageContaining(message);
    assertThat(api.apps().app(Fixture.APP_ID).appId()).as("the next call works").isEqualTo(Fixture.APP_ID);
  }

  @Test
  void droppedConnectionIsATransportFailure() {
    // OkHttp by default retries once, silently, after a connection failure (a pooled connection the server closed);
    // with that switched off the drop reaches the caller.
    PodioClient strict = fixture.client()
        .okHttpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).build()).build();
    try (strict) {
      PodioApi api = strict.api(strict.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));
      fixture.podio.apiFaults().next(Fault.drop());

      assertThatThrownBy(() -> api.apps().app(Fixture.APP_ID)).isExactlyInstanceOf(TransportException.class)
          .hasMessageContaining("GET /app/" + Fixture.APP_ID + " failed").hasCauseInstanceOf(java.io.IOException.class);
      assertThat(api.apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);
    }
  }

  @Test
  void podiosErrorBodyIsParsedIntoTheException() {
    PodioApi api = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));

    assertThatThrownBy(() -> api.items().item(987_654_321L))
        .isInstanceOfSatisfying(PodioApiException.NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          PodioError error = e.error().orElseThrow();
          assertThat(error.error()).isEqualTo("not_found");
          assertThat(error.description()).contains("987654321");
          assertThat(error.request()).isNotNull();
          assertThat(error.request().method()).isEqualTo("GET");
        })
        .hasMessageContaining("GET /item/987654321 failed: HTTP 404 not_found");
  }

  @Test
  void tokenEndpointUnavailableIsRetriedForAReplayableGrant() {
    fixture.podio.tokenEndpointFaults().next(Fault.status(503), Fault.drop());

    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);

    assertThat(app.isAuthenticated()).isTrue();
    assertThat(fixture.podio.counters().tokenRequests()).isEqualTo(3);
    assertThat(fixture.slept).hasSize(2).allSatisfy(d -> assertThat(d).isPositive().isLessThanOrEqualTo(
        Duration.ofSeconds(2)));
  }

  @Test
  void tokenEndpointRetriesAreBounded() {
    fixture.podio.tokenEndpointFaults().next(Fault.html(502), Fault.status(503), Fault.status(504), Fault.status(503));

    assertThatThrownBy(() -> client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN))
        .isInstanceOf(TransportException.class).hasMessageContaining("HTTP 504");
    assertThat(fixture.podio.counters().tokenRequests()).isEqualTo(3);
    assertThat(client.forApp(Fixture.APP_ID).session()).isEmpty();
  }

  static Stream<Arguments> tokenEndpointFaults() {
    return Stream.of(
        Arguments.of(Fault.status(500), "HTTP 500"),
        Arguments.of(Fault.empty(500), "an empty body"),
        Arguments.of(Fault.empty(200), "an empty body"),
        Arguments.of(Fault.html(400), "an HTML page"),
        Arguments.of(Fault.malformed(), "not a JSON object"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokenEndpointFaults")
  void tokenEndpointFaultIsATransportFailureAndNotRetried(Fault fault, String message) {
    fixture.podio.tokenEndpointFaults().next(fault);

    assertThatThrownBy(() -> client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN))
        .isInstanceOf(TransportException.class).hasMessageContaining(message)
        .hasMessageContaining("POST /oauth/token/v2 (app grant)");
    assertThat(fixture.podio.counters().tokenRequests()).isEqualTo(1);
  }

  @Test
  void refreshThatFailsOnTheWireKeepsTheSession() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    String before = app.session().orElseThrow().token().accessToken();
    fixture.podio.tokenEndpointFaults().next(Fault.drop(), Fault.drop(), Fault.drop());

    assertThatThrownBy(app::refresh).isInstanceOf(TransportException.class)
        .hasMessageContaining("refresh_token grant");
    assertThat(app.session().orElseThrow().token().accessToken()).isEqualTo(before);
    assertThat(fixture.podio.counters().tokenRequests()).isEqualTo(1 + 3);
  }

  @Test
  void authorizationCodeIsNeverRetried() throws Exception {
    AuthorizationRequest request = client.authorizationRequest(Fixture.REDIRECT, "");
    String callback = new Browser().authorize(request.url(), Fixture.MAIL, Fixture.PASSWORD, true);
    fixture.podio.tokenEndpointFaults().next(Fault.status(503));

    assertThatThrownBy(() -> client.completeAuthorization("ada", callback, request))
        .isInstanceOf(TransportException.class).hasMessageContaining("authorization_code grant");
    assertThat(fixture.podio.counters().tokenRequests()).isEqualTo(1);
    assertThat(fixture.slept).isEmpty();
  }

  @Test
  void timeoutAtTheTokenEndpointIsATransportFailure() {
    PodioClient once = fixture.client().tokenEndpointAttempts(1)
        .okHttpClient(new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build()).build();
    try (once) {
      fixture.podio.tokenEndpointFaults().next(Fault.delay(Duration.ofSeconds(2)));

      assertThatThrownBy(() -> once.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN))
          .isInstanceOf(TransportException.class).hasMessageContaining("timed out")
          .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
    }
  }

  @Test
  void oauthErrorsBecomeAuthExceptions() {
    assertThatThrownBy(() -> client.authenticateWithApp(Fixture.APP_ID, "wrong-app-token"))
        .isInstanceOf(InvalidGrantException.class).hasMessageContaining("app grant");
    assertThatThrownBy(() -> client.authenticateWithPassword(Fixture.MAIL, "wrong-password"))
        .isInstanceOf(InvalidGrantException.class);
    PodioClient wrongSecret = fixture.client().credentials(Fixture.CLIENT_ID, "wrong-secret").build();
    try (wrongSecret) {
      assertThatThrownBy(() -> wrongSecret.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN))
          .isInstanceOf(InvalidClientException.class)
          .isInstanceOfSatisfying(AuthException.class, e -> assertThat(e.code()).isEqualTo("invalid_client"));
    }
    assertThat(fixture.podio.counters().tokenRequests()).as("OAuth errors are not retried").isEqualTo(3);
  }
}
