package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsIT {

  PodioEmulator podio;
  Wire wire;
  String token;

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().demoData().start();
    wire = new Wire(podio);
    token = (String) appToken().get("access_token");
    podio.resetCounters();
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private Map<String, Object> appToken() {
    return Wire.ok(appTokenResponse());
  }

  private HttpResponse<String> appTokenResponse() {
    return wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "app", "client_id", "demo-client",
        "client_secret", "demo-secret", "app_id", 1001, "app_token", "demo-app-token")));
  }

  private HttpRequest appTokenRequest() {
    return wire.request("/oauth/token/v2").header("Content-Type", "application/json").POST(
        HttpRequest.BodyPublishers.ofString(Json.write(Map.of("grant_type", "app", "client_id", "demo-client",
            "client_secret", "demo-secret", "app_id", 1001, "app_token", "demo-app-token")))).build();
  }

  private HttpResponse<String> apiCall() {
    return wire.api("POST", "/item/app/1001/filter/", token, "{}");
  }

  @Test
  void statusFaultsAnswerPodioJsonErrorsThenTheEndpointRecovers() {
    podio.tokenEndpointFaults().next(Fault.status(503), Fault.status(500), Fault.status(502));

    HttpResponse<String> first = appTokenResponse();
    HttpResponse<String> second = appTokenResponse();
    HttpResponse<String> third = appTokenResponse();

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(Wire.object(first.body())).containsEntry("error", "unavailable").containsKeys("error_description",
        "error_detail", "error_parameters", "error_propagate", "request");
    assertThat(second.statusCode()).isEqualTo(500);
    assertThat(Wire.object(second.body())).containsEntry("error", "server_error");
    assertThat(third.statusCode()).isEqualTo(502);
    assertThat(appTokenResponse().statusCode()).isEqualTo(200);
    assertThat(podio.tokenEndpointFaults().queued()).isZero();
    assertThat(podio.counters().faultsInjected()).isEqualTo(3);
    assertThat(podio.counters().tokenRequests()).isEqualTo(4);
    assertThat(podio.counters().exchanges("app")).isEqualTo(1);
  }

  @Test
  void htmlMalformedAndEmptyBodies() {
    podio.apiFaults().next(Fault.html(502), Fault.malformed(), Fault.empty(503));

    HttpResponse<String> html = apiCall();
    HttpResponse<String> malformed = apiCall();
    HttpResponse<String> empty = apiCall();

    assertThat(html.statusCode()).isEqualTo(502);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html");
    assertThat(html.body()).startsWith("<html>");
    assertThat(malformed.statusCode()).isEqualTo(200);
    assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct)
        .startsWith("application/json"));
    assertThatThrownBy(() -> Json.parse(malformed.body())).isInstanceOf(Json.ParseException.class);
    assertThat(empty.statusCode()).isEqualTo(503);
    assertThat(empty.body()).isEmpty();
    assertThat(apiCall().statusCode()).isEqualTo(200);
    assertThat(podio.counters().apiFailures()).isEqualTo(3);
    assertThat(podio.counters().apiCalls()).isEqualTo(4);
  }

  @Test
  void droppedConnectionsGiveNoAnswerOnEitherSide() {
    podio.tokenEndpointFaults().next(Fault.drop());
    podio.apiFaults().next(Fault.drop());

    assertThatThrownBy(() -> wire.sendRaw(appTokenRequest())).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> wire.sendRaw(wire.request("/item/app/1001/filter/")
        .header("Authorization", "OAuth2 " + token).POST(HttpRequest.BodyPublishers.ofString("{}")).build()))
        .isInstanceOf(IOException.class);

    assertThat(appTokenResponse().statusCode()).isEqualTo(200);
    assertThat(apiCall().statusCode()).isEqualTo(200);
  }

  @Test
  void delayedAnswersAreNormalAnswers() {
    podio.tokenEndpointFaults().next(Fault.delay(Duration.ofMillis(300)));

    long start = System.nanoTime();
    HttpResponse<String> r = appTokenResponse();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(podio.counters().faultsInjected()).isEqualTo(1);
  }

  @Test
  void aLateAnswerRotatesTheRefreshTokenBeforeItIsHeldBack() {
    try (PodioEmulator rotating = PodioEmulator.builder().demoData().rotateRefreshTokens(true).start()) {
      Wire w = new Wire(rotating);
      String refreshToken = (String) w.app("demo-client", "demo-secret", 1001, "demo-app-token").get("refresh_token");
      rotating.tokenEndpointFaults().next(Fault.late(Duration.ofMillis(1500)));

      CompletableFuture<HttpResponse<String>> late =
          CompletableFuture.supplyAsync(() -> w.refresh("demo-client", "demo-secret", refreshToken));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (rotating.counters().refreshes() == 0 && System.nanoTime() - deadline < 0) {
        LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
      }
      // While the first answer is still held back, the refresh token it spent is already dead.
      HttpResponse<String> second = w.refresh("demo-client", "demo-secret", refreshToken);

      assertThat(late).isNotDone();
      assertThat(second.statusCode()).isEqualTo(400);
      assertThat(second.body()).contains("invalid_grant");
      assertThat(late.join().statusCode()).isEqualTo(200);
      assertThat(rotating.counters().refreshes()).isEqualTo(1);
      assertThat(rotating.counters().invalidGrants()).isEqualTo(1);
    }
  }

  @Test
  void lateFaultsParseAndPrint() {
    assertThat(Fault.parse("late:250ms")).isEqualTo(Fault.late(Duration.ofMillis(250))).isNotEqualTo(
        Fault.delay(Duration.ofMillis(250)));
    assertThat(Fault.late(Duration.ofSeconds(2))).hasToString("Fault.late(PT2S)");
    assertThatThrownBy(() -> Fault.late(Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokenEndpointAndApiFaultsAreSeparate() {
    podio.apiFaults().next(Fault.status(500));

    assertThat(appTokenResponse().statusCode()).isEqualTo(200);
    assertThat(apiCall().statusCode()).isEqualTo(500);
  }

  @Test
  void randomFaultsFollowTheirProbabilityUntilCleared() {
    podio.apiFaults().random(1.0, Fault.status(500), Fault.status(503));
    for (int i = 0; i < 10; i++) {
      assertThat(apiCall().statusCode()).isIn(500, 503);
    }

    podio.apiFaults().random(0.0, Fault.status(500));
    assertThat(apiCall().statusCode()).isEqualTo(200);

    podio.apiFaults().random(1.0, Fault.status(502)).next(Fault.status(503));
    assertThat(apiCall().statusCode()).as("queued faults come first").isEqualTo(503);
    assertThat(apiCall().statusCode()).isEqualTo(502);
    podio.apiFaults().clear();
    assertThat(apiCall().statusCode()).isEqualTo(200);
  }
}
