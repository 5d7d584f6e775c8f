package io.podiokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 10,000 virtual threads on one expired token make exactly one exchange, with no pinning inside podiokit. Runs
 * {@link VirtualThreadStorm} in a child JVM of the JDK named by {@code PODIO_TEST_JDK25} (default Temurin 25 at
 * {@value #DEFAULT_JDK}); says so loudly and skips when that JDK is not installed.
 */
class VirtualThreadsIT {

  static final String DEFAULT_JDK = "/usr/lib/jvm/temurin-25-jdk-amd64";

  @Test
  void tenThousandVirtualThreadsOnOneExpiredTokenMakeOneExchangeWithoutPinning() throws Exception {
    String home = System.getenv().getOrDefault("PODIO_TEST_JDK25", DEFAULT_JDK);
    Path java = Path.of(home, "bin", "java");
    if (!Files.isExecutable(java)) {
      System.err.println("*** VirtualThreadsIT SKIPPED: no JDK 25 at " + home + " (set PODIO_TEST_JDK25) ***");
      Assumptions.abort("no JDK 25 at " + home);
    }
    Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        VirtualThreadStorm.class.getName(), "10000")).redirectErrorStream(true).start();
    String output;
    try (var in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    System.out.println("VirtualThreadStorm: " + output.strip());
    assertThat(output).contains("exchanges=1 ").contains("pinnedInPodiokit=0");
    assertThat(child.exitValue()).as(output).isZero();
  }
}
