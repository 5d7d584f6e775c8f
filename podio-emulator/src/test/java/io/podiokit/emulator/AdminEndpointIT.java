package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminEndpointIT {

  PodioEmulator podio;
  Wire wire;

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().demoData().start();
    wire = new Wire(podio);
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private HttpResponse<String> post(String path) {
    return wire.send(wire.request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private Map<String, Object> demoUserToken() {
    return wire.password("demo-client", "demo-secret", "demo@example.com", "demo-password");
  }

  @Test
  void countersAreReadableAsJsonAndMatchTheSnapshot() {
    String access = (String) demoUserToken().get("access_token");
    wire.apiGet("/user/status", access);
    wire.apiGet("/user/status", "bad");

    HttpResponse<String> r = wire.get("/_emulator/counters");

    assertThat(r.statusCode()).isEqualTo(200);
    EmulatorCounters remote = EmulatorCounters.parse(r.body());
    assertThat(remote).isEqualTo(podio.counters());
    assertThat(remote.exchanges("password")).isEqualTo(1);
    assertThat(remote.apiCalls()).isEqualTo(2);
    assertThat(remote.rejectedTokens()).isEqualTo(1);
    assertThat(Wire.object(r.body())).containsKeys("exchanges", "total_exchanges", "refreshes", "token_requests",
        "invalid_grants", "api_calls", "api_failures", "rejected_tokens", "rate_limited", "faults_injected");
    assertThat(podio.counters().apiCalls()).as("admin calls are not API calls").isEqualTo(2);
  }

  @Test
  void countersCanBeReset() {
    demoUserToken();

    HttpResponse<String> r = post("/_emulator/counters/reset");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(EmulatorCounters.parse(r.body()).exchanges()).isZero();
    assertThat(podio.counters().exchanges()).isZero();
    assertThat(podio.counters().tokenRequests()).isZero();
  }

  @Test
  void theClockCanBeMovedForward() {
    String access = (String) demoUserToken().get("access_token");
    Instant before = podio.now();

    HttpResponse<String> r = post("/_emulator/clock/advance?seconds=28800");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Duration.between(before, podio.now())).isGreaterThanOrEqualTo(Duration.ofHours(8));
    assertThat(Instant.parse((String) Wire.object(r.body()).get("now"))).isAfterOrEqualTo(before.plusSeconds(28800));
    assertThat(Wire.object(wire.apiGet("/user/status", access).body())).containsEntry("error_description",
        "expired_token");
    assertThat(post("/_emulator/clock/advance?seconds=-5").statusCode()).isEqualTo(400);
    assertThat(post("/_emulator/clock/advance").statusCode()).isEqualTo(400);
    assertThat(wire.get("/_emulator/clock").statusCode()).isEqualTo(200);
  }

  @Test
  void accessTokensCanBeExpiredRemotely() {
    String access = (String) demoUserToken().get("access_token");

    assertThat(post("/_emulator/expire-access-tokens").statusCode()).isEqualTo(200);

    assertThat(wire.apiGet("/user/status", access).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownAdminOperationsListTheKnownOnes() {
    HttpResponse<String> r = wire.get("/_emulator/nothing");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("/_emulator/counters");
  }

  @Test
  void tokenEndpointFaultsCanBeInjectedFromAnotherProcess() {
    assertThat(post("/_emulator/faults/token?next=status:503,malformed").statusCode()).isEqualTo(200);
    Map<String, String> grant = Map.of("grant_type", "password", "username", "demo@example.com",
        "password", "demo-password", "client_id", "demo-client", "client_secret", "demo-secret");
    assertThat(wire.postForm("/oauth/token", grant).statusCode()).isEqualTo(503);
    assertThat(wire.postForm("/oauth/token", grant).body()).doesNotContain("access_token\":\"");
    assertThat(wire.postForm("/oauth/token", grant).statusCode()).isEqualTo(200);

    assertThat(post("/_emulator/faults/token?random=1&faults=html:502").statusCode()).isEqualTo(200);
    assertThat(wire.postForm("/oauth/token", grant).statusCode()).isEqualTo(502);
    assertThat(wire.get("/_emulator/faults").body()).contains("Fault.html(502)");
    assertThat(post("/_emulator/faults/token/clear").statusCode()).isEqualTo(200);
    assertThat(wire.postForm("/oauth/token", grant).statusCode()).isEqualTo(200);

    HttpResponse<String> bad = post("/_emulator/faults/api?next=teapot:418");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("status:CODE");
  }
}
