package io.podiokit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.podiokit.emulator.PodioEmulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application ({@code requires io.podiokit.http.retrofit; requires io.podiokit.session.redis;}) runs with a
 * plain {@code java --module-path ... -m app/app.Main}: no {@code --add-modules}, no {@code --add-opens}. The module
 * path is exactly the runtime classpath of podio-consumer-check (an application's view of podiokit's dependencies),
 * and the application makes real calls to the emulator with its session in a real Redis.
 */
class ModulePathIT {

  private static final long APP_ID = 5151;
  private static final String APP_TOKEN = "module-path-app-token";
  private static final Path JDK_25 = Paths.get("/usr/lib/jvm/temurin-25-jdk-amd64");
  private static PodioEmulator emulator;
  @TempDir
  static Path work;
  private static Path app;

  @BeforeAll
  static void compileApplicationAndStartEmulator() throws IOException {
    emulator = PodioEmulator.builder().client("module-client", "module-secret").app(APP_ID, APP_TOKEN, "Module app")
        .start();
    app = work.resolve("app");
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", app.toString(),
        "--module-path", String.join(File.pathSeparator, consumerRuntimeJars())));
    try (Stream<Path> sources = Files.walk(Paths.get("src/test/modulepath-app"))) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> options.add(p.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, options.toArray(String[]::new))).as("javac exit code").isZero();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @Test
  void runsOnTheModulePathOfThisJdk() throws Exception {
    assertRuns(Paths.get(System.getProperty("java.home")));
  }

  @Test
  void runsOnTheModulePathOfJdk25() throws Exception {
    assumeTrue(Files.isExecutable(JDK_25.resolve("bin/java")), "no JDK 25 at " + JDK_25);
    assertRuns(JDK_25);
  }

  private static void assertRuns(Path javaHome) throws Exception {
    String modulePath = app + File.pathSeparator + String.join(File.pathSeparator, consumerRuntimeJars());
    Process process = new ProcessBuilder(javaHome.resolve("bin/java").toString(), "--module-path", modulePath,
        "-m", "app/app.Main", emulator.baseUrl().toString(), Stores.redisWithOwnPrefix(), "module-client",
        "module-secret", String.valueOf(APP_ID), APP_TOKEN).redirectErrorStream(true).start();
    process.getOutputStream().close();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(exited).as("exited within 60 s; output:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
    assertThat(output).contains("typed: Module app", "own record: Module app",
        "closed: PodioException: ", "opens app.closed to com.squareup.moshi, io.podiokit.http.retrofit;");
  }

  /** The jars of podio-consumer-check's runtime classpath, as its build wrote them. */
  private static List<String> consumerRuntimeJars() throws IOException {
    Path file = Paths.get(System.getProperty("podio.consumer-classpath",
        "../podio-consumer-check/target/consumer-runtime.classpath"));
    String classpath = Files.readString(file).trim();
    assertThat(classpath).as(file + " (written by podio-consumer-check's build)").isNotEmpty();
    return List.of(classpath.split(File.pathSeparator));
  }
}
