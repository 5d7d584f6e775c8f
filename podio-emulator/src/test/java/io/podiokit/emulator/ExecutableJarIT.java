package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Runs target/podio-emulator.jar (built by the package phase) as its own process. */
class ExecutableJarIT {

  static final Path JAR = Path.of("target", "podio-emulator.jar");

  @Test
  void theJarHoldsTheEmulatorAndTheCoreButNoTestLibraries() throws IOException {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.podiokit.emulator.PodioEmulator");
      assertThat(jar.getEntry("io/podiokit/emulator/PodioEmulator.class")).isNotNull();
      assertThat(jar.getEntry("io/podiokit/Clock.class")).isNotNull();
      assertThat(jar.stream().map(e -> e.getName()))
          .noneMatch(n -> n.startsWith("org/junit/") || n.startsWith("org/assertj/") || n.startsWith("org/jspecify/"));
    }
  }

  @Test
  void runsFromTheCommandLineAndAnswersUntilStopped() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--port", "0", "--client", "jar-client:jar-secret-8c2f", "--app", "42:jar-app-token",
        "--user", "jo@example.com:jar-password-1a").redirectErrorStream(true).start();
    try {
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            lines.add(line);
          }
        } catch (IOException ignored) {
          // the process ended
        }
      });
      reader.setDaemon(true);
      reader.start();

      String first = lines.poll(30, TimeUnit.SECONDS);
      assertThat(first).as("first line printed").startsWith("Podio emulator listening on http://127.0.0.1:");
      URI base = URI.create(first.substring("Podio emulator listening on ".length()));
      List<String> banner = new ArrayList<>();
      String line;
      while ((line = lines.poll(5, TimeUnit.SECONDS)) != null && !line.startsWith("Stop with")) {
        banner.add(line);
      }
      assertThat(banner).anyMatch(l -> l.contains("jar-client (secret not shown)"))
          .noneMatch(l -> l.contains("jar-secret-8c2f") || l.contains("jar-app-token") || l.contains("jar-password"));

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> token = http.send(HttpRequest.newBuilder(base.resolve("/oauth/token"))
          .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(Http.encodeForm(Map.of("grant_type", "app",
              "client_id", "jar-client", "client_secret", "jar-secret-8c2f", "app_id", "42",
              "app_token", "jar-app-token")))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(token.statusCode()).isEqualTo(200);
      String access = (String) Wire.object(token.body()).get("access_token");
      HttpResponse<String> app = http.send(HttpRequest.newBuilder(base.resolve("/app/42"))
          .timeout(Duration.ofSeconds(10)).header("Authorization", "OAuth2 " + access).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(Wire.object(app.body())).containsEntry("app_id", 42L);
      HttpResponse<String> counters = http.send(HttpRequest.newBuilder(base.resolve("/_emulator/counters"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(EmulatorCounters.parse(counters.body()).exchanges("app")).isEqualTo(1);
      assertThat(process.isAlive()).isTrue();

      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops when told to").isTrue();
      assertThat(String.join("\n", lines)).doesNotContain("jar-secret-8c2f").doesNotContain(access);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void printsUsageAndFailsOnBadArguments() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--frobnicate").redirectErrorStream(true).start();
    try {
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("unknown option --frobnicate").contains("Usage: java -jar podio-emulator.jar");
    } finally {
      process.destroyForcibly();
    }
  }
}
