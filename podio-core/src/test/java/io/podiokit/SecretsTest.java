package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known secret values must never show up in any text the library produces. */
class SecretsTest {

  private static final String CLIENT_SECRET = "cs-Secret-1111";
  private static final String ACCESS = "at-Secret-2222";
  private static final String REFRESH = "rt-Secret-3333";
  private static final String APP_TOKEN = "app-Secret-4444";
  private static final String PASSWORD = "pw-Secret-5555";
  private static final String CODE = "code-Secret-6666";
  private static final List<String> SECRETS = List.of(CLIENT_SECRET, ACCESS, REFRESH, APP_TOKEN, PASSWORD, CODE);

  private static void assertNoSecret(Object... values) {
    for (Object value : values) {
      String text = String.valueOf(value);
      for (String secret : SECRETS) {
        assertThat(text).as("text of %s", value.getClass().getSimpleName()).doesNotContain(secret);
      }
    }
  }

  @Test
  void domainObjectsNeverPrintASecret() {
    Token token = new Token(ACCESS, REFRESH, Instant.EPOCH, "global:all", new TokenRef("user", 1), "bearer");
    Session session = new Session(SessionKey.user("c", "u"), token, GrantKind.AUTHORIZATION_CODE, 3, Instant.EPOCH, Instant.EPOCH);
    assertNoSecret(new ClientCredentials("client", CLIENT_SECRET), token, session,
        new Grant.App(1, APP_TOKEN), new Grant.Password("ann", PASSWORD), new Grant.RefreshToken(REFRESH),
        new Grant.AuthorizationCode(CODE, "https://x"));
    assertThat(token.toString()).contains("global:all").contains("<redacted>");
  }

  @Test
  void exceptionsFromFailedFlowsNeverCarryASecret() {
    TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    TestTokenEndpoint endpoint = new TestTokenEndpoint(clock);
    TestStore store = new TestStore(true);
    try (PodioAuth auth = PodioAuth.builder().credentials(new ClientCredentials("client", CLIENT_SECRET))
        .tokenEndpoint(endpoint).sessionStore(store).clock(clock).build()) {
      assertNoSecret(auth, auth.forApp(1));
      AuthorizationRequest request = auth.authorizationRequest("https://x/cb", "");
      try {
        auth.completeAuthorization("u", "code=" + CODE + "&state=wrong", request);
      } catch (PodioException e) {
        assertNoSecret(e.getMessage(), e);
      }
      endpoint.failNext(TestTokenEndpoint::invalidGrant);
      try {
        auth.authenticateWithPassword("ann", PASSWORD);
      } catch (PodioException e) {
        assertNoSecret(e.getMessage(), e);
      }
      Authentication app = auth.authenticateWithApp(2, APP_TOKEN);
      store.down = true;
      try {
        app.accessToken();
      } catch (PodioException e) {
        assertNoSecret(e.getMessage(), e);
      }
    }
  }
}
