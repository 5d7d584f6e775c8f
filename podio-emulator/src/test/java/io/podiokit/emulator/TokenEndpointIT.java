package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenEndpointIT {

  static final String CLIENT = "client-id";
  static final String SECRET = "client-secret-5c1e";
  static final String MAIL = "mail@example.com";
  static final String PASSWORD = "password-93ab";
  static final String APP_TOKEN = "app-token-77f0";

  PodioEmulator podio;
  Wire wire;

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().client(CLIENT, SECRET).client("other-client", "other-secret")
        .app(1001L, APP_TOKEN).app(1002L, "token-1002").user(MAIL, PASSWORD, "Display Name").start();
    wire = new Wire(podio);
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private static Map<String, String> form(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private static void assertPodioError(HttpResponse<String> r, int status, String error) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(
        "application/json"));
    Map<String, Object> body = Wire.object(r.body());
    assertThat(body).containsEntry("error", error).containsKeys("error_description", "error_detail",
        "error_parameters", "error_propagate", "request");
    assertThat(Wire.map(body.get("request"))).containsKeys("url", "query_string", "method");
  }

  @Test
  void passwordGrantOverJsonAnswersExactlyPodiosTokenResponse() {
    HttpResponse<String> r = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password",
        "client_id", CLIENT, "client_secret", SECRET, "username", MAIL, "password", PASSWORD)));

    Map<String, Object> body = Wire.ok(r);
    assertThat(Wire.keys(body)).containsExactly("access_token", "token_type", "expires_in", "refresh_token", "scope",
        "ref");
    assertThat(body).containsEntry("token_type", "bearer").containsEntry("expires_in", 28_800L)
        .containsEntry("scope", "global:all");
    assertThat(Wire.map(body.get("ref"))).containsExactly(Map.entry("type", "user"),
        Map.entry("id", podio.userId(MAIL)));
    assertThat((String) body.get("access_token")).isNotBlank().isNotEqualTo(body.get("refresh_token"));
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(podio.counters().exchanges("password")).isEqualTo(1);
  }

  @Test
  void appGrantRefersToTheAppAndAcceptsTheAppIdAsNumberOrString() {
    Map<String, Object> asNumber = wire.app(CLIENT, SECRET, 1001L, APP_TOKEN);
    Map<String, Object> asString = Wire.ok(wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "app",
        "client_id", CLIENT, "client_secret", SECRET, "app_id", "1001", "app_token", APP_TOKEN))));

    assertThat(Wire.map(asNumber.get("ref"))).containsEntry("type", "app").containsEntry("id", 1001L);
    assertThat(Wire.map(asString.get("ref"))).containsEntry("type", "app").containsEntry("id", 1001L);
    assertThat(podio.counters().exchanges("app")).isEqualTo(2);
  }

  @Test
  void jsonEndpointRejectsAFormBodyAsPodioDoes() {
    HttpResponse<String> r = wire.postForm("/oauth/token/v2", form("grant_type", "password", "client_id", CLIENT,
        "client_secret", SECRET, "username", MAIL, "password", PASSWORD));

    assertPodioError(r, 400, "invalid_request");
    assertThat(Wire.object(r.body())).containsEntry("error_description", "Invalid value null (null): must be object");
    assertPodioError(wire.postJson("/oauth/token/v2", "[1, 2]"), 400, "invalid_request");
    assertThat(podio.counters().exchanges()).isZero();
  }

  @Test
  void formEndpointTakesClientCredentialsInTheBodyOrAsHttpBasic() {
    Map<String, Object> inBody = Wire.ok(wire.postForm("/oauth/token", form("grant_type", "password",
        "client_id", CLIENT, "client_secret", SECRET, "username", MAIL, "password", PASSWORD)));
    Map<String, Object> basic = Wire.ok(wire.postFormBasic("/oauth/token", form("grant_type", "app",
        "app_id", "1001", "app_token", APP_TOKEN), CLIENT, SECRET));

    assertThat(Wire.map(inBody.get("ref"))).containsEntry("type", "user");
    assertThat(Wire.map(basic.get("ref"))).containsEntry("type", "app");
    assertPodioError(wire.postFormBasic("/oauth/token", form("grant_type", "app", "app_id", "1001",
        "app_token", APP_TOKEN), CLIENT, "wrong"), 400, "invalid_client");
  }

  @Test
  void formEndpointRejectsJson() {
    HttpResponse<String> r = wire.postJson("/oauth/token", Json.write(Map.of("grant_type", "password",
        "client_id", CLIENT, "client_secret", SECRET, "username", MAIL, "password", PASSWORD)));

    assertPodioError(r, 400, "invalid_request");
  }

  @Test
  void wrongCredentialsAndParametersAnswerOAuthErrors() {
    HttpResponse<String> badSecret = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password",
        "client_id", CLIENT, "client_secret", "nope", "username", MAIL, "password", PASSWORD)));
    HttpResponse<String> badPassword = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password",
        "client_id", CLIENT, "client_secret", SECRET, "username", MAIL, "password", "nope")));
    HttpResponse<String> badAppToken = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "app",
        "client_id", CLIENT, "client_secret", SECRET, "app_id", 1001, "app_token", "token-1002")));
    HttpResponse<String> unknownGrant = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "sso",
        "client_id", CLIENT, "client_secret", SECRET)));
    HttpResponse<String> missingParam = wire.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password",
        "client_id", CLIENT, "client_secret", SECRET, "username", MAIL)));
    HttpResponse<String> noGrantType = wire.postJson("/oauth/token/v2", Json.write(Map.of("client_id", CLIENT)));

    assertPodioError(badSecret, 400, "invalid_client");
    assertPodioError(badPassword, 400, "invalid_grant");
    assertPodioError(badAppToken, 400, "invalid_grant");
    assertPodioError(unknownGrant, 400, "unsupported_grant_type");
    assertPodioError(missingParam, 400, "invalid_request");
    assertThat(Wire.object(missingParam.body()).get("error_description")).isEqualTo("Missing parameter password");
    assertPodioError(noGrantType, 400, "invalid_request");
    assertThat(podio.counters().invalidGrants()).isEqualTo(2);
    assertThat(podio.counters().tokenRequests()).isEqualTo(6);
    assertThat(List.of(badSecret.body(), badPassword.body(), badAppToken.body()))
        .noneMatch(b -> b.contains(SECRET) || b.contains(PASSWORD) || b.contains("token-1002"));
  }

  @Test
  void errorBodyNamesTheRequest() {
    HttpResponse<String> r = wire.postJson("/oauth/token/v2?x=1", "{}");

    Map<String, Object> request = Wire.map(Wire.object(r.body()).get("request"));
    assertThat(request).containsEntry("url", podio.baseUrl() + "/oauth/token/v2").containsEntry("query_string", "x=1")
        .containsEntry("method", "POST");
    Map<String, Object> body = Wire.object(r.body());
    assertThat(body).containsEntry("error_detail", null).containsEntry("error_parameters", Map.of())
        .containsEntry("error_propagate", false);
  }

  @Test
  void onlyPostIsAccepted() {
    assertThat(wire.get("/oauth/token").statusCode()).isEqualTo(405);
  }

  @Test
  void refreshChangesTheAccessTokenAndKeepsTheRefreshTokenByDefault() {
    Map<String, Object> first = wire.password(CLIENT, SECRET, MAIL, PASSWORD);
    String refreshToken = (String) first.get("refresh_token");

    Map<String, Object> second = Wire.ok(wire.refresh(CLIENT, SECRET, refreshToken));
    Map<String, Object> third = Wire.ok(wire.refresh(CLIENT, SECRET, refreshToken));

    assertThat(Wire.keys(second)).containsExactly("access_token", "token_type", "expires_in", "refresh_token",
        "scope", "ref");
    assertThat(second.get("access_token")).isNotEqualTo(first.get("access_token"));
    assertThat(third.get("access_token")).isNotEqualTo(second.get("access_token"));
    assertThat(second.get("refresh_token")).isEqualTo(refreshToken);
    assertThat(third.get("refresh_token")).isEqualTo(refreshToken);
    assertThat(second.get("ref")).isEqualTo(first.get("ref"));
    assertThat(wire.apiGet("/user/status", (String) third.get("access_token")).statusCode()).isEqualTo(200);
    assertThat(podio.counters().refreshes()).isEqualTo(2);
  }

  @Test
  void withRotationARefreshTokenIsStrictlySingleUse() {
    podio.close();
    podio = PodioEmulator.builder().client(CLIENT, SECRET).user(MAIL, PASSWORD, "Display Name")
        .rotateRefreshTokens(true).start();
    wire = new Wire(podio);
    String original = (String) wire.password(CLIENT, SECRET, MAIL, PASSWORD).get("refresh_token");

    Map<String, Object> rotated = Wire.ok(wire.refresh(CLIENT, SECRET, original));
    HttpResponse<String> reused = wire.refresh(CLIENT, SECRET, original);

    assertThat(rotated.get("refresh_token")).isNotEqualTo(original);
    assertPodioError(reused, 400, "invalid_grant");
    assertThat(Wire.ok(wire.refresh(CLIENT, SECRET, (String) rotated.get("refresh_token")))).containsKey(
        "access_token");
    assertThat(podio.counters().refreshes()).isEqualTo(2);
    assertThat(podio.counters().invalidGrants()).isEqualTo(1);
  }

  @Test
  void aRefreshTokenOnlyWorksForTheClientItWasIssuedTo() {
    String refreshToken = (String) wire.password(CLIENT, SECRET, MAIL, PASSWORD).get("refresh_token");

    assertPodioError(wire.refresh("other-client", "other-secret", refreshToken), 400, "invalid_grant");
    assertThat(wire.refresh(CLIENT, SECRET, refreshToken).statusCode()).isEqualTo(200);
  }

  @Test
  void refreshTokensExpireAfterTheirLifetimeWithoutUseAndEachUseResetsTheTimer() {
    String refreshToken = (String) wire.password(CLIENT, SECRET, MAIL, PASSWORD).get("refresh_token");

    podio.advanceClock(Duration.ofDays(20));
    assertThat(wire.refresh(CLIENT, SECRET, refreshToken).statusCode()).isEqualTo(200);
    podio.advanceClock(Duration.ofDays(20));
    assertThat(wire.refresh(CLIENT, SECRET, refreshToken).statusCode()).isEqualTo(200);
    podio.advanceClock(Duration.ofDays(28));

    assertPodioError(wire.refresh(CLIENT, SECRET, refreshToken), 400, "invalid_grant");
  }

  @Test
  void lifetimesAreConfigurableAndAccessTokensExpireOnTheEmulatorsClock() {
    podio.close();
    podio = PodioEmulator.builder().client(CLIENT, SECRET).user(MAIL, PASSWORD, "Display Name")
        .accessTokenTtl(Duration.ofMinutes(5)).refreshTokenTtl(Duration.ofHours(1)).start();
    wire = new Wire(podio);
    Map<String, Object> token = wire.password(CLIENT, SECRET, MAIL, PASSWORD);
    String access = (String) token.get("access_token");

    assertThat(token.get("expires_in")).isEqualTo(300L);
    podio.advanceClock(Duration.ofSeconds(299));
    assertThat(wire.apiGet("/user/status", access).statusCode()).isEqualTo(200);
    podio.advanceClock(Duration.ofSeconds(1));
    assertThat(wire.apiGet("/user/status", access).statusCode()).isEqualTo(401);
    podio.advanceClock(Duration.ofHours(1));
    assertPodioError(wire.refresh(CLIENT, SECRET, (String) token.get("refresh_token")), 400, "invalid_grant");
  }
}
