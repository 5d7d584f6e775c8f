package io.podiokit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link Clock} that stands still until told to move; safe to use from many threads. For tests, yours included. */
public final class TestClock implements Clock {

  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * {@return a clock standing at {@code start}}
   *
   * @param start the time it shows
   */
  public static TestClock at(Instant start) {
    return new TestClock(Objects.requireNonNull(start, "start == null"));
  }

  /** {@return a clock standing at the current wall-clock time, truncated to whole seconds} */
  public static TestClock atSystemTime() {
    return at(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
  }

  @Override
  public Instant now() {
    return Objects.requireNonNull(now.get());
  }

  @Override
  public long millis() {
    return now().toEpochMilli();
  }

  /**
   * Moves the clock forward (or back, with a negative duration) and returns the new time.
   *
   * @param by how far to move
   * @return the new time
   */
  public Instant advance(Duration by) {
    Objects.requireNonNull(by, "by == null");
    return now.updateAndGet(t -> t.plus(by));
  }

  /**
   * Sets the clock to {@code instant}.
   *
   * @param instant the time it shows from now on
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant == null"));
  }

  @Override
  public String toString() {
    return "TestClock[" + now.get() + "]";
  }
}
