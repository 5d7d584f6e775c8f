package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizePagesIT {

  static final String CLIENT = "web-client";
  static final String SECRET = "web-secret-0d4e";
  static final String MAIL = "ada@example.com";
  static final String PASSWORD = "ada-password-61c2";
  static final String REDIRECT = "http://localhost:8080/callback";

  PodioEmulator podio;
  Wire browser;

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().client(CLIENT, SECRET).client("site-client", "site-secret", "example.com")
        .user(MAIL, PASSWORD, "Ada Lovelace").start();
    browser = new Wire(podio);
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private String authorizePath(String clientId, String redirect, String responseType, String state) {
    return "/oauth/authorize?client_id=" + Http.encode(clientId) + "&redirect_uri=" + Http.encode(redirect)
        + "&response_type=" + responseType + "&scope=" + Http.encode("user:read app:all") + "&state=" + state;
  }

  /** Signs in through the login form and answers the consent page. */
  private String consentPage(String authorizePath) {
    HttpResponse<String> login = browser.get(authorizePath);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("<form method=\"post\" action=\"/oauth/authorize/login\"")
        .contains("name=\"email\"").contains("name=\"password\"");
    Map<String, String> fields = new LinkedHashMap<>(Wire.hiddenFields(login.body()));
    fields.put("email", MAIL);
    fields.put("password", PASSWORD);
    HttpResponse<String> signedIn = browser.postForm("/oauth/authorize/login", fields);
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
        .startsWith(AuthorizeHandler.COOKIE + "=").contains("HttpOnly"));
    HttpResponse<String> consent = browser.get(signedIn.headers().firstValue("Location").orElseThrow());
    assertThat(consent.statusCode()).isEqualTo(200);
    return consent.body();
  }

  private HttpResponse<String> decide(String consentPage, String decision) {
    Map<String, String> fields = new LinkedHashMap<>(Wire.hiddenFields(consentPage));
    fields.put("decision", decision);
    return browser.postForm("/oauth/authorize", fields);
  }

  private static URI location(HttpResponse<String> redirect) {
    assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
    return URI.create(redirect.headers().firstValue("Location").orElseThrow());
  }

  private HttpResponse<String> exchangeCode(String code, String redirectUri) {
    return browser.postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "authorization_code",
        "client_id", CLIENT, "client_secret", SECRET, "code", code, "redirect_uri", redirectUri)));
  }

  @Test
  void serverSideFlowSignsInAsksConsentAndRedirectsWithACodeAndTheState() {
    String consent = consentPage(authorizePath(CLIENT, REDIRECT, "code", "st-123"));

    assertThat(consent).contains("Ada Lovelace").contains(CLIENT).contains("user:read app:all")
        .contains("<form method=\"post\" action=\"/oauth/authorize\"")
        .contains("name=\"decision\" value=\"grant\"").contains("name=\"decision\" value=\"deny\"");
    URI back = location(decide(consent, "grant"));

    assertThat(back.getScheme() + "://" + back.getAuthority() + back.getPath()).isEqualTo(REDIRECT);
    Map<String, String> query = Wire.params(back.getRawQuery());
    assertThat(query.keySet()).containsExactly("code", "state");
    assertThat(query).containsEntry("state", "st-123");
    Map<String, Object> token = Wire.ok(exchangeCode(query.get("code"), REDIRECT));
    assertThat(Wire.map(token.get("ref"))).containsEntry("type", "user").containsEntry("id", podio.userId(MAIL));
    assertThat(token).containsEntry("scope", "user:read app:all");
    assertThat(podio.counters().exchanges("authorization_code")).isEqualTo(1);
  }

  @Test
  void authorizationCodesAreSingleUse() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT, "code", "s")), "grant"));
    String code = Wire.params(back.getRawQuery()).get("code");

    assertThat(exchangeCode(code, REDIRECT).statusCode()).isEqualTo(200);
    HttpResponse<String> again = exchangeCode(code, REDIRECT);

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(Wire.object(again.body())).containsEntry("error", "invalid_grant");
  }

  @Test
  void authorizationCodesExpireAfterTenMinutes() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT, "code", "s")), "grant"));

    podio.advanceClock(Duration.ofMinutes(10));

    HttpResponse<String> late = exchangeCode(Wire.params(back.getRawQuery()).get("code"), REDIRECT);
    assertThat(late.statusCode()).isEqualTo(400);
    assertThat(Wire.object(late.body())).containsEntry("error", "invalid_grant");
  }

  @Test
  void theCodeOnlyWorksWithTheRedirectUriItWasIssuedFor() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT, "code", "s")), "grant"));

    HttpResponse<String> r = exchangeCode(Wire.params(back.getRawQuery()).get("code"), "http://localhost:8080/other");

    assertThat(Wire.object(r.body())).containsEntry("error", "invalid_grant");
  }

  @Test
  void denyRedirectsWithAccessDeniedExactlyAsPodio() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT, "code", "xyz")), "deny"));

    assertThat(back.toString()).isEqualTo(REDIRECT + "?error_reason=user_denied&error=access_denied"
        + "&error_description=The+user+denied+your+request.&state=xyz");
    assertThat(podio.counters().exchanges()).isZero();
  }

  @Test
  void clientSideFlowPutsTheTokenInTheFragment() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT, "token", "frag")), "grant"));

    assertThat(back.getRawQuery()).isNull();
    Map<String, String> fragment = Wire.params(back.getRawFragment());
    assertThat(fragment.keySet()).containsExactly("access_token", "token_type", "expires_in", "refresh_token", "scope",
        "state");
    assertThat(fragment).containsEntry("token_type", "bearer").containsEntry("expires_in", "28800")
        .containsEntry("scope", "user:read app:all").containsEntry("state", "frag");
    assertThat(browser.apiGet("/user/status", fragment.get("access_token")).statusCode()).isEqualTo(200);
    assertThat(podio.counters().exchanges("implicit")).isEqualTo(1);
  }

  @Test
  void aSignedInBrowserGoesStraightToConsentAndRepeatedParametersKeepTheLastValue() {
    consentPage(authorizePath(CLIENT, REDIRECT, "code", "first"));

    HttpResponse<String> page = browser.get(authorizePath(CLIENT, REDIRECT, "code", "a") + "&state=b");

    assertThat(page.body()).contains("name=\"decision\" value=\"grant\"");
    URI back = location(decide(page.body(), "grant"));
    assertThat(Wire.params(back.getRawQuery())).containsEntry("state", "b");
  }

  @Test
  void aRedirectUriWithAQueryKeepsIt() {
    URI back = location(decide(consentPage(authorizePath(CLIENT, REDIRECT + "?tenant=7", "code", "s")), "grant"));

    assertThat(Wire.params(back.getRawQuery())).containsKeys("tenant", "code", "state").containsEntry("tenant", "7");
  }

  @Test
  void wrongPasswordShowsTheLoginFormAgain() {
    HttpResponse<String> login = browser.get(authorizePath(CLIENT, REDIRECT, "code", "s"));
    Map<String, String> fields = new LinkedHashMap<>(Wire.hiddenFields(login.body()));
    fields.put("email", MAIL);
    fields.put("password", "wrong");

    HttpResponse<String> again = browser.postForm("/oauth/authorize/login", fields);

    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.body()).contains("Wrong email or password").contains("name=\"password\"")
        .doesNotContain("wrong\"");
    assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void unknownClientIsRefusedWithAReadablePageAndNoRedirect() {
    HttpResponse<String> r = browser.get(authorizePath("nobody", REDIRECT, "code", "s"));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Location")).isEmpty();
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.body()).contains("Unknown client").contains("nobody");
  }

  @Test
  void redirectUrisOffTheRegisteredDomainAreRefusedWithoutRedirect() {
    HttpResponse<String> offLoopback = browser.get(authorizePath(CLIENT, "http://evil.test/cb", "code", "s"));
    HttpResponse<String> offDomain = browser.get(authorizePath("site-client", "http://localhost/cb", "code", "s"));
    HttpResponse<String> lookalike = browser.get(authorizePath("site-client", "https://notexample.com/cb", "code",
        "s"));
    HttpResponse<String> onDomain = browser.get(authorizePath("site-client", "https://app.example.com/cb", "code",
        "s"));

    for (HttpResponse<String> r : java.util.List.of(offLoopback, offDomain, lookalike)) {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.headers().firstValue("Location")).isEmpty();
      assertThat(r.body()).contains("Invalid redirect_uri");
    }
    assertThat(onDomain.statusCode()).isEqualTo(200);
    assertThat(onDomain.body()).contains("Sign in");
  }

  @Test
  void userInputIsEscapedOnThePages() {
    HttpResponse<String> r = browser.get(authorizePath("<script>x</script>", REDIRECT, "code", "s"));

    assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void aConsentFormCanBeAnsweredOnlyOnce() {
    String consent = consentPage(authorizePath(CLIENT, REDIRECT, "code", "s"));
    location(decide(consent, "grant"));

    HttpResponse<String> replay = decide(consent, "grant");

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void consentWithoutSigningInShowsTheLoginForm() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("client_id", CLIENT);
    fields.put("redirect_uri", REDIRECT);
    fields.put("decision", "grant");

    HttpResponse<String> r = browser.postForm("/oauth/authorize", fields);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("name=\"password\"");
    assertThat(r.headers().firstValue("Location")).isEmpty();
  }
}
