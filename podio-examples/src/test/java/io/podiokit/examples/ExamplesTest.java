package io.podiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(List<String> args, Map<String, String> env) {
    return Examples.run(args, () -> Settings.from(env), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
          throw new AssertionError("no example here should serve");
        });
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unknownExampleListsTheExamplesAndExitsWithStatus2() {
    assertThat(run(List.of("nonesuch"), Map.of())).isEqualTo(Examples.USAGE);
    assertThat(err()).contains("Unknown example 'nonesuch'")
        .contains("tour", "app", "password", "server-side", "client-side", "multiple", "store", "di", "webhooks")
        .contains("PODIO_API_URL", "PODIO_SESSION_STORE", "PODIO_EXAMPLE_PORT");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpPrintsTheUsageAndExitsWith0() {
    assertThat(run(List.of("help"), Map.of())).isEqualTo(Examples.OK);
    assertThat(out()).startsWith("Usage: java -jar podio-examples.jar [EXAMPLE]").contains("PODIO_CLIENT_SECRET");
  }

  @Test
  void aMalformedSettingIsNamedAndExitsWithStatus2() {
    assertThat(run(List.of("app"), Map.of("PODIO_APP_ID", "1001,1002", "PODIO_APP_TOKEN", "only-one")))
        .isEqualTo(Examples.USAGE);
    assertThat(err()).contains("PODIO_APP_ID lists 2 app id(s) but PODIO_APP_TOKEN lists 1 token(s)")
        .doesNotContain("only-one");
  }

  @Test
  void aServerWithoutCredentialsIsAUsageErrorNamingWhatIsMissing() {
    assertThat(run(List.of("app"), Map.of("PODIO_API_URL", "https://api.podio.com"))).isEqualTo(Examples.USAGE);
    assertThat(err()).contains("PODIO_CLIENT_ID and PODIO_CLIENT_SECRET");
  }

  @Test
  void settingsReadEveryVariableAndDefaultTheRest() {
    Settings defaults = Settings.from(Map.of());
    assertThat(defaults.apiUrl()).isNull();
    assertThat(defaults.sessionStore()).isEqualTo("memory:");
    assertThat(defaults.port()).isEqualTo(8080);
    assertThat(defaults.apps()).isEmpty();

    Settings s = Settings.from(Map.of("PODIO_API_URL", "https://api.podio.com", "PODIO_AUTHORIZE_URL",
        "https://podio.com/oauth/authorize", "PODIO_CLIENT_ID", "id", "PODIO_CLIENT_SECRET", "client-secret-value",
        "PODIO_APP_ID", "1, 2", "PODIO_APP_TOKEN", "token-one,token-two", "PODIO_USERNAME", "me@example.com",
        "PODIO_PASSWORD", "password-value", "PODIO_SESSION_STORE", "redis://:redis-secret@127.0.0.1:6379",
        "PODIO_EXAMPLE_PORT", "0"));
    assertThat(s.apiUrl()).isEqualTo(URI.create("https://api.podio.com"));
    assertThat(s.authorizeUrl()).isEqualTo(URI.create("https://podio.com/oauth/authorize"));
    assertThat(s.apps()).containsExactly(new Settings.AppCredentials(1, "token-one"),
        new Settings.AppCredentials(2, "token-two"));
    assertThat(s.port()).isZero();
    assertThat(s.toString()).contains("clientId=id", "me@example.com", "redis://:******@127.0.0.1:6379")
        .doesNotContain("client-secret-value", "token-one", "token-two", "password-value", "redis-secret");
  }

  @Test
  void badUrlsAndPortsAreRejectedByName() {
    assertThatThrownBy(() -> Settings.from(Map.of("PODIO_API_URL", "api.podio.com")))
        .hasMessageContaining("PODIO_API_URL must be an absolute http(s) URL");
    assertThatThrownBy(() -> Settings.from(Map.of("PODIO_EXAMPLE_PORT", "70000")))
        .hasMessageContaining("PODIO_EXAMPLE_PORT");
    assertThatThrownBy(() -> Settings.from(Map.of("PODIO_APP_ID", "x", "PODIO_APP_TOKEN", "t")))
        .hasMessageContaining("PODIO_APP_ID must be app ids");
  }

  @Test
  void storeUrisArePrintedWithoutPasswords() {
    assertThat(Redactions.storeUri("redis://user:pw-one@host:6379/0")).isEqualTo("redis://user:******@host:6379/0");
    assertThat(Redactions.storeUri("redis://pw-two@host")).isEqualTo("redis://******@host");
    assertThat(Redactions.storeUri("jdbc:postgresql://db/app?user=app&password=pw-three&podio.createTable=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=app&password=******&podio.createTable=true");
    assertThat(Redactions.storeUri("jdbc:h2:mem:x;PASSWORD=pw-four;podio.createTable=true"))
        .isEqualTo("jdbc:h2:mem:x;PASSWORD=******;podio.createTable=true");
    assertThat(Redactions.storeUri("memory:?maximumSize=10")).isEqualTo("memory:?maximumSize=10");
  }
}
