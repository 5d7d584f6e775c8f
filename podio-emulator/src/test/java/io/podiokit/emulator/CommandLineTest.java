package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void withoutClientsAppsOrUsersItSeedsAndPrintsTheDemoSet() throws Exception {
    CommandLine.Options options = CommandLine.parse(new String[] {"--port", "0"});

    assertThat(options.demo()).isTrue();
    try (PodioEmulator emulator = options.builder().start()) {
      String banner = CommandLine.banner(emulator, options);
      assertThat(banner).startsWith("Podio emulator listening on " + emulator.baseUrl() + "\n")
          .contains("demo-client / demo-secret").contains("1001 / demo-app-token")
          .contains("demo@example.com / demo-password (Demo User, user_id " + emulator.userId("demo@example.com"));
      assertThat(new Wire(emulator).password("demo-client", "demo-secret", "demo@example.com", "demo-password"))
          .containsKey("access_token");
    }
  }

  @Test
  void givenCredentialsAreUsedButTheirSecretsAreNotPrinted() throws Exception {
    CommandLine.Options options = CommandLine.parse(new String[] {"--port=0", "--client", "cli:s3cret-cli",
        "--client", "cli2:with:colon", "--app", "7:app-t0ken", "--user", "ann@example.com:pw-9981",
        "--access-ttl", "60", "--refresh-ttl", "120", "--rotate-refresh-tokens", "--rate-limit", "5"});

    assertThat(options.demo()).isFalse();
    try (PodioEmulator emulator = options.builder().start()) {
      String banner = CommandLine.banner(emulator, options);
      assertThat(banner).contains("cli (secret not shown)").contains("7 (token not shown)")
          .contains("ann@example.com (user_id").doesNotContain("s3cret-cli").doesNotContain("app-t0ken")
          .doesNotContain("pw-9981").doesNotContain("with:colon").doesNotContain("demo");
      Wire wire = new Wire(emulator);
      var token = wire.password("cli2", "with:colon", "ann@example.com", "pw-9981");
      assertThat(token).containsEntry("expires_in", 60L);
      String refresh = (String) token.get("refresh_token");
      assertThat(Wire.ok(wire.refresh("cli2", "with:colon", refresh)).get("refresh_token")).isNotEqualTo(refresh);
      assertThat(wire.app("cli", "s3cret-cli", 7L, "app-t0ken")).containsKey("access_token");
      String access = (String) token.get("access_token");
      assertThat(wire.apiGet("/user/status", access).headers().firstValue("X-Rate-Limit-Limit")).hasValue("5");
    }
  }

  @Test
  void theDefaultPortIs8089() throws Exception {
    assertThat(CommandLine.DEFAULT_PORT).isEqualTo(8089);
    assertThat(CommandLine.USAGE).contains("--port PORT").contains("default 8089");
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--bogus"})).hasMessage("unknown option --bogus");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--client", "nocolon"}))
        .hasMessage("--client must be ID:SECRET");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--app", "x:token"}))
        .hasMessageContaining("not a whole number");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"})).hasMessage("--port needs a value");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "70000"}))
        .hasMessageContaining("between 0 and 65535");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--access-ttl", "0"}))
        .hasMessageContaining("at least one second");
  }

  @Test
  void runPrintsUsageOnBadArgumentsAndHelp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int bad = CommandLine.run(new String[] {"--nope"}, new PrintStream(out), new PrintStream(err));
    int help = CommandLine.run(new String[] {"--help"}, new PrintStream(out), new PrintStream(err));
    int noClient = CommandLine.run(new String[] {"--port", "0", "--app", "1:t"}, new PrintStream(out),
        new PrintStream(err));

    assertThat(bad).isEqualTo(2);
    assertThat(help).isZero();
    assertThat(noClient).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --nope").contains("Usage:")
        .contains("no client registered");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:");
  }

  @Test
  void faultsGivenOnTheCommandLineReachTheTokenEndpointAndTheApi() throws Exception {
    CommandLine.Options options = CommandLine.parse(new String[] {"--port", "0", "--token-faults",
        "status:500,delay:250ms", "--token-fault-rate", "0.5", "--api-faults=drop"});
    assertThat(options.tokenFaults().faults()).containsExactly(Fault.status(500), Fault.delay(java.time.Duration.ofMillis(250)));
    assertThat(options.tokenFaults().probability()).isEqualTo(0.5);
    assertThat(options.apiFaults().faults()).containsExactly(Fault.drop());
    assertThat(options.apiFaults().probability()).isEqualTo(1.0);
    try (PodioEmulator emulator = options.builder().start()) {
      options.tokenFaults().applyTo(emulator.tokenEndpointFaults());
      assertThat(emulator.tokenEndpointFaults().toString()).contains("Fault.status(500)").contains("p=0.5");
      assertThat(CommandLine.banner(emulator, options)).contains("token endpoint faults");
    }
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--token-faults", "boom"}))
        .hasMessageContaining("is not a fault");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--token-fault-rate", "2"}))
        .hasMessageContaining("between 0 and 1");
  }
}
