package io.podiokit.testkit;

import io.podiokit.emulator.PodioEmulator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionPerClassIT {

  @RegisterExtension
  static final PodioEmulatorExtension PODIO = PodioEmulatorExtension.withDemoData();

  static final Set<PodioEmulator> SEEN = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void runningBeforeAll(PodioEmulator podio) {
    assertThat(podio.isRunning()).isTrue();
    SEEN.add(podio);
  }

  @AfterAll
  static void oneEmulatorServedTheWholeClass() {
    assertThat(SEEN).hasSize(1);
  }

  @Test
  void injectsTheRunningEmulator(PodioEmulator podio) {
    assertThat(podio).isSameAs(PODIO.emulator());
    assertThat(Grants.password(podio, "demo-client", "demo-secret", "demo@example.com", "demo-password"))
        .contains("\"access_token\"");
    SEEN.add(podio);
  }

  @Test
  void theSameEmulatorServesEveryTest(PodioEmulator podio) {
    assertThat(podio.baseUrl().getHost()).isEqualTo("127.0.0.1");
    SEEN.add(podio);
  }

  @Nested
  class Inner {
    @Test
    void nestedClassesShareIt(PodioEmulator podio) {
      SEEN.add(podio);
      assertThat(podio.isRunning()).isTrue();
    }
  }
}
