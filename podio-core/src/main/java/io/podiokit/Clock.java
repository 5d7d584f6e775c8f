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

  /**
   * The current instant in milliseconds since the epoch; what the hot path reads. The default derives it from
   * {@link #now()}; implementations may answer without allocating.
   *
   * @return milliseconds since 1970-01-01T00:00:00Z
   */
  default long millis() {
    return now().toEpochMilli();
  }

  /** {@return the wall clock} */
  static Clock system() {
    return SystemClock.INSTANCE;
  }

  /** The wall clock, read without allocating on the hot path. */
  enum SystemClock implements Clock {
    /** The one instance. */
    INSTANCE;

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }
  }
}
