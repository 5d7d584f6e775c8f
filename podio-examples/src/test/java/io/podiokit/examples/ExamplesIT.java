package io.podiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.emulator.PodioEmulator;
import io.podiokit.testkit.TestServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs every example that ends by itself, in-process, on its embedded emulator (or one the test starts). */
class ExamplesIT {

  /** Secrets of the demo set: no example prints them. */
  private static final List<String> SECRETS = List.of(PodioEmulator.DEMO_CLIENT_SECRET, PodioEmulator.DEMO_APP_TOKEN,
      Backend.SECOND_DEMO_APP.appToken(), PodioEmulator.DEMO_USER_PASSWORD);

  private record Result(int status, String out, String err) {}

  private static Result run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Examples.run(List.of(args), () -> Settings.from(env), new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
          throw new AssertionError("this example should end by itself");
        });
    Result result = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    assertThat(result.out() + result.err()).as("secrets in the output").doesNotContain(SECRETS);
    return result;
  }

  private static Result succeeded(Result result) {
    assertThat(result.err()).as("stderr").isEmpty();
    assertThat(result.status()).as("exit status").isEqualTo(Examples.OK);
    return result;
  }

  @Test
  void theTourAuthenticatesCallsRefreshesReusesAndAuthenticatesTwoApps() {
    String out = succeeded(run(Map.of())).out();
    assertThat(out).contains("against an embedded Podio emulator at http://127.0.0.1:")
        .contains("Authenticated as app 1001: the session is FRESH")
        .contains("listener: authenticated app 1001 with the app grant")
        .contains("GET /app/1001 says the app is named \"Demo App\".")
        .contains("past the token's expiry: the session is now EXPIRED.")
        .contains("listener: refreshed app 1001")
        .containsPattern("The stored session went from version \\d+ to version \\d+")
        .contains("The emulator counted 1 refresh.")
        .contains("Tokens issued by the emulator: 2 before, 2 after: it did not authenticate again.")
        .contains("app 1001 is \"Demo App\" and app 1002 is \"Second App\"")
        .contains("Done.");
    java.util.regex.Matcher versions = java.util.regex.Pattern
        .compile("went from version (\\d+) to version (\\d+)").matcher(out);
    assertThat(versions.find()).isTrue();
    assertThat(Long.parseLong(versions.group(2))).as("the refresh wrote a newer version")
        .isGreaterThan(Long.parseLong(versions.group(1)));
    assertThat(out.indexOf("1. App authentication")).isLessThan(out.indexOf("2. An API call"));
    assertThat(out.indexOf("3. A refresh")).isLessThan(out.indexOf("4. The stored session, reused"));
    assertThat(out.indexOf("4. The stored session, reused")).isLessThan(out.indexOf("5. Multiple authentications"));
  }

  @Test
  void theTourIsTheDefault() {
    assertThat(succeeded(run(Map.of())).out()).startsWith("podiokit tour");
  }

  @Test
  void appAuthenticatesAndReadsTheApp() {
    assertThat(succeeded(run(Map.of(), "app")).out()).contains("Authenticated as app 1001 (session FRESH).")
        .contains("GET /app/1001: the app is named \"Demo App\".");
  }

  @Test
  void passwordAuthenticatesAndReadsTheUsersName() {
    assertThat(succeeded(run(Map.of(), "password")).out()).contains("Authenticated as demo@example.com")
        .contains("GET /user/status: the user's name is \"Demo User\".");
  }

  @Test
  void multipleUsesTwoAppsThroughOneClient() {
    assertThat(succeeded(run(Map.of(), "multiple")).out())
        .contains("As app 1001: GET /app/1001 is \"Demo App\".")
        .contains("As app 1002: GET /app/1002 is \"Second App\".")
        .contains("app 1001 is FRESH, app 1002 is FRESH");
  }

  @Test
  void storeOnMemoryReusesTheSessionInProcess() {
    String out = succeeded(run(Map.of(), "store")).out();
    assertThat(out).contains("Session store memory:")
        .contains("A second client on the same in-process store found the stored session (version "
            + storedVersion(out) + ")")
        .contains("Tokens issued by the emulator: 1 before the second client, 1 after");
  }

  @Test
  void storeOnH2SharesTheSessionBetweenTwoConnections() {
    assertSharedStore("jdbc:h2:mem:examples_it;DB_CLOSE_DELAY=-1;podio.createTable=true;podio.table=examples_it");
  }

  @Test
  void storeOnRedisSharesTheSessionBetweenTwoConnections() {
    assertSharedStore(TestServices.redisUriOrEmbedded() + "?prefix=podio:examples-it:");
  }

  @Test
  void storeOnPostgresSharesTheSessionBetweenTwoConnections() {
    assertSharedStore(withOptions(TestServices.requirePostgresUrl()));
  }

  @Test
  void storeOnMariadbSharesTheSessionBetweenTwoConnections() {
    assertSharedStore(withOptions(TestServices.requireMariadbUrl()));
  }

  /** The version the first client's session was stored with, as the store example prints it. */
  private static String storedVersion(String out) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("stored its session \\(version (\\d+)\\)").matcher(out);
    assertThat(m.find()).as("the first client printed its stored version").isTrue();
    return m.group(1);
  }

  private static String withOptions(String jdbcUrl) {
    return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "podio.createTable=true&podio.table=examples_it";
  }

  private static void assertSharedStore(String uri) {
    for (int run = 1; run <= 2; run++) {
      String out = succeeded(run(Map.of("PODIO_SESSION_STORE", uri), "store")).out();
      assertThat(out).as("run " + run).contains("A second client, on its own connection to")
          .contains("found the stored session (version " + storedVersion(out) + ")")
          .contains("Tokens issued by the emulator: 1 before the second client, 1 after");
    }
  }

  @Test
  void diWiresTheClientWithSpring() {
    assertThat(succeeded(run(Map.of(), "di")).out())
        .contains("Spring built the beans settings, podioConfiguration, backend, sessionStore, podioClient, appReport")
        .contains("The injected AppReport says: App 1001 is named \"Demo App\".")
        .contains("A second container in the same JVM has its own client (a different instance)")
        .contains("Closing the containers closed the clients, the stores and the emulators.");
  }

  @Test
  void webhooksRegistersVerifiesAndPrintsTheItemEventsOnceEach() {
    String out = succeeded(run(Map.of(), "webhooks")).out();
    assertThat(out).contains("1. The receiver listens at http://127.0.0.1:")
        .containsPattern("2\\. Registered hook \\d+ \\(item.create\\) and hook \\d+ \\(item.update\\) on app 1001")
        .contains("Podio lists 2 active hooks on the app.")
        .containsPattern("handler: item.create: item \\d+ \\(hook \\d+\\)")
        .containsPattern("handler: item.update: item \\d+, item_revision_id \\d+ ")
        .contains("Two posts were answered; the handler saw the event 1 time(s).")
        .contains("The emulator posted 6 times (2 verifications, 4 events), with 0 retries.")
        .contains("Deleted both hooks. Done.")
        .doesNotContain("secret=");
    assertThat(out.split("handler: ", -1)).as("handler calls").hasSize(4);
    assertThat(java.util.regex.Pattern.compile("item.update: item \\d+, item_revision_id (\\d+) ").matcher(out)
        .results().map(m -> m.group(1)).distinct()).as("one event per revision").hasSize(2);
  }

  @Test
  void webhooksAgainstAConfiguredServerIsAUsageError() {
    try (PodioEmulator server = PodioEmulator.builder().demoData().start()) {
      Result result = run(Map.of("PODIO_API_URL", server.baseUrl().toString(), "PODIO_CLIENT_ID",
          PodioEmulator.DEMO_CLIENT_ID, "PODIO_CLIENT_SECRET", PodioEmulator.DEMO_CLIENT_SECRET), "webhooks");
      assertThat(result.status()).isEqualTo(Examples.USAGE);
      assertThat(result.err()).contains("run it on the embedded emulator");
    }
  }

  @Test
  void clientSideReadsTheTokenFragmentBackThroughThePage() {
    assertThat(succeeded(run(Map.of(), "client-side")).out())
        .contains("links to Podio's authorization page /oauth/authorize (response_type=token)")
        .contains("\"demo-client\" wants the scope user:read")
        .contains("posted the fragment to /callback/token: Authorized; the session is stored.")
        .contains("now says: Hello, Demo User.")
        .contains("Tokens issued by the authorization page: 1");
  }

  @Test
  void withAnApiUrlTheExamplesTalkToThatServerWithTheCredentialsGiven() {
    try (PodioEmulator server = PodioEmulator.builder().client("other-client", "other-client-secret")
        .app(77L, "other-app-token", "Inventory").user("ann@example.com", "ann-password", "Ann Example").start()) {
      Map<String, String> env = new HashMap<>();
      env.put("PODIO_API_URL", server.baseUrl().toString());
      env.put("PODIO_CLIENT_ID", "other-client");
      env.put("PODIO_CLIENT_SECRET", "other-client-secret");
      env.put("PODIO_APP_ID", "77");
      env.put("PODIO_APP_TOKEN", "other-app-token");
      env.put("PODIO_USERNAME", "ann@example.com");
      env.put("PODIO_PASSWORD", "ann-password");

      Result app = succeeded(run(env, "app"));
      assertThat(app.out()).contains("against the Podio API at " + server.baseUrl())
          .contains("GET /app/77: the app is named \"Inventory\".")
          .doesNotContain("other-client-secret", "other-app-token");
      Result password = succeeded(run(env, "password"));
      assertThat(password.out()).contains("GET /user/status: the user's name is \"Ann Example\".")
          .doesNotContain("ann-password");
      assertThat(server.counters().exchanges("app")).isEqualTo(1);
      assertThat(server.counters().exchanges("password")).isEqualTo(1);

      Result multiple = run(env, "multiple");
      assertThat(multiple.status()).isEqualTo(Examples.USAGE);
      assertThat(multiple.err()).contains("needs 2 apps: set PODIO_APP_ID=id1,id2 and PODIO_APP_TOKEN=token1,token2");
    }
  }

  @Test
  void aServerThatRefusesTheCredentialsFailsWithStatus1AndSaysWhy() {
    try (PodioEmulator server = PodioEmulator.builder().client("other-client", "right-secret")
        .app(77L, "other-app-token").start()) {
      Result result = run(Map.of("PODIO_API_URL", server.baseUrl().toString(), "PODIO_CLIENT_ID", "other-client",
          "PODIO_CLIENT_SECRET", "wrong-secret", "PODIO_APP_ID", "77", "PODIO_APP_TOKEN", "other-app-token"), "app");
      assertThat(result.status()).isEqualTo(Examples.FAILED);
      assertThat(result.err()).startsWith("The example 'app' failed: ").doesNotContain("wrong-secret",
          "other-app-token");
    }
  }
}
