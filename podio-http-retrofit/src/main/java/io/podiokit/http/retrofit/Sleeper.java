package io.podiokit.http.retrofit;

import java.time.Duration;

/** How retries wait; tests substitute one that records the wait and moves a test clock instead. */
@FunctionalInterface
interface Sleeper {

  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
