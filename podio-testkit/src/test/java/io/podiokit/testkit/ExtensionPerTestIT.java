package io.podiokit.testkit;

import io.podiokit.emulator.PodioEmulator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionPerTestIT {

  static final Set<PodioEmulator> SEEN = ConcurrentHashMap.newKeySet();

  @RegisterExtension
  final PodioEmulatorExtension podio = new PodioEmulatorExtension(PodioEmulator.builder()
      .client("c", "s").user("u@example.com", "p", "U"));

  @AfterAll
  static void eachTestHadItsOwnEmulatorAndAllAreClosed() {
    assertThat(SEEN).hasSize(2).noneMatch(PodioEmulator::isRunning);
  }

  private void freshThenUse(PodioEmulator emulator) {
    assertThat(emulator.counters().exchanges()).isZero();
    assertThat(Grants.password(emulator, "c", "s", "u@example.com", "p")).contains("\"access_token\"");
    SEEN.add(emulator);
  }

  @Test
  void first(PodioEmulator emulator) {
    assertThat(emulator).isSameAs(podio.emulator());
    freshThenUse(emulator);
  }

  @Test
  void second(PodioEmulator emulator) {
    freshThenUse(emulator);
  }
}
