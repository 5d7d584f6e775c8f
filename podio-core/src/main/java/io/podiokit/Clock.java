package io.podiokit;

import java.time.Instant;

/**
 * The time source of the auth state machine. Inject {@link #system()} in production and a {@link TestClock} in tests,
 * so expiry can be driven without waiting.
 */
@FunctionalInterface
public interface Clock {

  /** {@return the current instant} */
  Instant now();

  /** {@return the wall clock} */
  static Clock system() {
    return Instant::now;
  }
}
