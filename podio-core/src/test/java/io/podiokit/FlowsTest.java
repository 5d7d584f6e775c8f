package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowsTest {

  private static final String REDIRECT = "https://app.example.com/podio/callback?x=1";
  private final TestClock clock = TestClock.at(java.time.Instant.parse("2026-03-01T10:00:00Z"));
  private final TestTokenEndpoint endpoint = new TestTokenEndpoint(clock);
  private final TestStore store = new TestStore(true);
  private final PodioAuth auth = PodioAuth.builder()
      .credentials(new ClientCredentials("my client", "secret"))
      .tokenEndpoint(endpoint).sessionStore(store).clock(clock)
      .authorizeUrl(URI.create("https://podio.com/oauth/authorize"))
      .build();

  @AfterEach
  void close() {
    auth.close();
  }

  @Test
  void theAuthorizationUrlCarriesEveryParameterEncoded() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "user:read space:all");
    Map<String, String> query = Callbacks.parameters(request.url().toString(), '?');
    assertThat(request.url().toString()).startsWith("https://podio.com/oauth/authorize?");
    assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "my client")
        .containsEntry("redirect_uri", REDIRECT).containsEntry("scope", "user:read space:all")
        .containsEntry("state", request.state());
    assertThat(request.url().getRawQuery()).contains("redirect_uri=https%3A%2F%2Fapp.example.com%2Fpodio%2Fcallback%3Fx%3D1");
    assertThat(auth.implicitAuthorizationRequest(REDIRECT, "").url().toString())
        .contains("response_type=token").doesNotContain("scope=");
  }

  @Test
  void theStateHasAtLeast128RandomBitsAndIsNeverRepeated() {
    Set<String> states = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String state = auth.authorizationRequest(REDIRECT, "").state();
      assertThat(state).matches("[A-Za-z0-9_-]+");
      assertThat(Base64.getUrlDecoder().decode(state)).hasSizeGreaterThanOrEqualTo(16);
      states.add(state);
    }
    assertThat(states).hasSize(1000);
  }

  @Test
  void aCallbackWithTheRightStateIsExchangedAndStored() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "global:all");
    Authentication user = auth.completeAuthorization("u-1",
        "https://app.example.com/podio/callback?x=1&code=the%2Fcode&state=" + request.state(), request);
    assertThat(user.isAuthenticated()).isTrue();
    assertThat(user.key()).isEqualTo(SessionKey.user("my client", "u-1"));
    assertThat(store.load(user.key()).orElseThrow().origin()).isEqualTo(GrantKind.AUTHORIZATION_CODE);
    assertThat(endpoint.count("authorization_code")).isEqualTo(1);
  }

  @Test
  void aForgedStateIsRefusedAndNothingIsExchanged() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "code=c&state=Xq9forgedValue", request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("does not match")
        .hasMessageNotContaining("Xq9forgedValue").hasMessageNotContaining(request.state());
    assertThat(endpoint.total()).isZero();
    assertThat(store.load(SessionKey.user("my client", "u-1"))).isEmpty();
  }

  @Test
  void aMissingStateIsRefused() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "?code=c", request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("no state");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "?code=c&state=", request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("no state");
    assertThat(endpoint.total()).isZero();
  }

  @Test
  void whenAParameterRepeatsTheLastValueWins() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "code=c&state=" + request.state() + "&state=forged", request))
        .isInstanceOf(InvalidCallbackException.class);
    assertThat(endpoint.total()).isZero();
    auth.completeAuthorization("u-1", "code=forged&state=forged&code=c&state=" + request.state(), request);
    assertThat(endpoint.count("authorization_code")).isEqualTo(1);
  }

  @Test
  void aMissingCodeIsAClearError() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "state=" + request.state(), request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("no code");
  }

  @Test
  void aDenialBecomesAuthorizationDeniedException() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeAuthorization("u-1", "?error_reason=user_denied&error=access_denied"
        + "&error_description=The+user+denied+your+request.&state=" + request.state(), request))
        .isInstanceOfSatisfying(AuthorizationDeniedException.class, e -> {
          assertThat(e.reason()).isEqualTo("user_denied");
          assertThat(e.description()).isEqualTo("The user denied your request.");
          assertThat(e.code()).isEqualTo("access_denied");
        });
    assertThat(endpoint.total()).isZero();
  }

  @Test
  void theClientSideFragmentIsUrlDecoded() {
    AuthorizationRequest request = auth.implicitAuthorizationRequest(REDIRECT, "");
    Authentication user = auth.completeImplicitAuthorization("u-2", "https://app.example.com/cb#access_token=a%2Bb%3D"
        + "&token_type=bearer&expires_in=28800&refresh_token=r%2F1&scope=global%3Aall&state=" + request.state(), request);
    Token token = user.session().orElseThrow().token();
    assertThat(token.accessToken()).isEqualTo("a+b=");
    assertThat(token.refreshToken()).isEqualTo("r/1");
    assertThat(token.scope()).isEqualTo("global:all");
    assertThat(token.expiresAt()).isEqualTo(clock.now().plus(Duration.ofSeconds(28800)));
    assertThat(user.session().orElseThrow().origin()).isEqualTo(GrantKind.IMPLICIT);
  }

  @Test
  void aClientSideFragmentWithoutTokenOrExpiryOrWithAForgedStateIsRefused() {
    AuthorizationRequest request = auth.implicitAuthorizationRequest(REDIRECT, "");
    assertThatThrownBy(() -> auth.completeImplicitAuthorization("u", "#expires_in=1&state=" + request.state(), request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("access_token");
    assertThatThrownBy(() -> auth.completeImplicitAuthorization("u", "#access_token=a&state=" + request.state(), request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("expires_in");
    assertThatThrownBy(() -> auth.completeImplicitAuthorization("u", "#access_token=a&expires_in=x&state=" + request.state(), request))
        .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("not a number");
    assertThatThrownBy(() -> auth.completeImplicitAuthorization("u", "#access_token=a&expires_in=1&state=x", request))
        .isInstanceOf(InvalidCallbackException.class);
    assertThat(store.load(SessionKey.user("my client", "u"))).isEmpty();
  }

  @Test
  void anExpiryOutsideOneSecondToOneYearIsRefused() {
    AuthorizationRequest request = auth.implicitAuthorizationRequest(REDIRECT, "");
    for (String expiresIn : new String[] {"0", "-5", "9223372036854775807", "31708800"}) {
      assertThatThrownBy(() -> auth.completeImplicitAuthorization("u",
          "#access_token=a&expires_in=" + expiresIn + "&state=" + request.state(), request))
          .isInstanceOf(InvalidCallbackException.class).hasMessageContaining("outside 1 to");
    }
  }

  @Test
  void theRequestNeverPrintsItsState() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "global:all");
    assertThat(request.toString()).doesNotContain(request.state()).contains("global:all").contains("<redacted>");
  }

  @Test
  void restoredRequestsCompleteTheFlowToo() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    AuthorizationRequest restored = AuthorizationRequest.restore(request.state(), REDIRECT, "code");
    assertThat(auth.completeAuthorization("u-3", "code=c&state=" + request.state(), restored).isAuthenticated()).isTrue();
  }

  @Test
  void plainHttpIsRefusedExceptOnLoopback() {
    assertThat(io.podiokit.internal.Urls.requireSecure(URI.create("http://127.0.0.1:8089"), "apiUrl")).isNotNull();
    assertThat(io.podiokit.internal.Urls.requireSecure(URI.create("http://localhost:8089"), "apiUrl")).isNotNull();
    assertThat(io.podiokit.internal.Urls.requireSecure(URI.create("http://[::1]:8089"), "apiUrl")).isNotNull();
    assertThatThrownBy(() -> io.podiokit.internal.Urls.requireSecure(URI.create("http://api.podio.com"), "apiUrl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiUrl must be an https URL");
  }

  @Test
  void anImplicitCallbackWithATokenThatCannotBeSentIsRefusedAndNothingIsStored() {
    for (String bad : new String[] {"a%0D%0AX-Injected:%201", "a%00b", "a%7Fb", "t%C3%B6ken", "a%E2%80%AEb", "a%20b"}) {
      AuthorizationRequest request = auth.implicitAuthorizationRequest(REDIRECT, "");
      assertThatThrownBy(() -> auth.completeImplicitAuthorization("u-1",
          "#access_token=" + bad + "&expires_in=3600&state=" + request.state(), request))
          .as(bad).isInstanceOf(InvalidCallbackException.class).hasMessageContaining("HTTP header");
      AuthorizationRequest again = auth.implicitAuthorizationRequest(REDIRECT, "");
      assertThatThrownBy(() -> auth.completeImplicitAuthorization("u-1",
          "#access_token=good&refresh_token=" + bad + "&expires_in=3600&state=" + again.state(), again))
          .as(bad).isInstanceOf(InvalidCallbackException.class);
    }
    assertThat(store.load(SessionKey.user("my client", "u-1"))).isEmpty();
  }

  @Test
  void aForgedErrorCallbackCannotInjectLinesOrFloodTheMessage() {
    AuthorizationRequest request = auth.authorizationRequest(REDIRECT, "");
    String flood = "x".repeat(1_000_000);
    for (String error : new String[] {"server_error", "access_denied"}) {
      assertThatThrownBy(() -> auth.completeAuthorization("u-1", "?error=" + error + "&error_reason=r%0D%0Ax"
          + "&error_description=ok%0D%0A2026-01-01%20INFO%20forged%E2%80%AE" + flood + "&state=" + request.state(),
          request))
          .isInstanceOfSatisfying(AuthException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u202E");
            assertThat(e.getMessage().length()).isLessThan(1_000);
          });
    }
  }
}
