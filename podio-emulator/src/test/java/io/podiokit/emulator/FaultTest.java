package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultTest {

  @Test
  void factoriesCheckTheirArguments() {
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 400 and 599");
    assertThatThrownBy(() -> Fault.html(600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.empty(100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(Duration.ofMinutes(2))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.delay(null)).isInstanceOf(NullPointerException.class).hasMessage("delay == null");
    assertThat(Fault.empty(200)).isEqualTo(Fault.empty(200)).isNotEqualTo(Fault.empty(204));
    assertThat(Fault.status(503)).hasToString("Fault.status(503)");
  }

  @Test
  void queuedFaultsComeInOrderThenNothing() {
    Faults faults = new Faults().next(Fault.status(500), Fault.drop());

    assertThat(faults.queued()).isEqualTo(2);
    assertThat(faults.take()).isEqualTo(Fault.status(500));
    assertThat(faults.take()).isEqualTo(Fault.drop());
    assertThat(faults.take()).isNull();
  }

  @Test
  void randomFaultsCheckTheirArgumentsAndClearRemovesEverything() {
    Faults faults = new Faults();

    assertThatThrownBy(() -> faults.random(1.5, Fault.drop())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.random(Double.NaN, Fault.drop())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> faults.random(0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one Fault");
    assertThatThrownBy(() -> faults.next(Fault.drop(), null)).isInstanceOf(NullPointerException.class);

    faults.random(1.0, Fault.malformed()).next(Fault.drop());
    assertThat(faults.take()).isEqualTo(Fault.drop());
    assertThat(faults.take()).isEqualTo(Fault.malformed());
    faults.clear();
    assertThat(faults.take()).isNull();
  }
}
