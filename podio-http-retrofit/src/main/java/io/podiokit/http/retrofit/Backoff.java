package io.podiokit.http.retrofit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Jittered waits between retries, so that many clients that failed together do not retry together. */
final class Backoff {

  private Backoff() {}

  /**
   * Exponential backoff with "equal jitter": half of {@code base * 2^(attempt-1)} (capped at {@code cap}) plus a
   * random part up to the other half. {@code attempt} counts from 1.
   */
  static Duration exponential(int attempt, Duration base, Duration cap) {
    long ceiling = base.toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    long bounded = Math.min(Math.max(ceiling, 1), cap.toMillis());
    long half = bounded / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(bounded - half + 1));
  }

  /** {@code floor} plus up to 10 % of it (at least up to 100 ms): never earlier than the server asked. */
  static Duration atLeast(Duration floor) {
    long spread = Math.max(floor.toMillis() / 10, 100);
    return floor.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
  }
}
