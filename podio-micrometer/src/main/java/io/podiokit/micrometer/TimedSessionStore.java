package io.podiokit.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.util.Optional;
import java.util.function.Supplier;

/** A {@link SessionStore} whose operations are timed in {@value PodioMetrics#STORE_OPERATIONS}. */
final class TimedSessionStore implements SessionStore {

  private final SessionStore store;
  private final MeterRegistry registry;

  TimedSessionStore(SessionStore store, MeterRegistry registry) {
    this.store = store;
    this.registry = registry;
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    return timed("load", () -> store.load(key));
  }

  @Override
  public Session save(Session session) {
    return timed("save", () -> store.save(session));
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    return timed("replace", () -> store.replace(expectedVersion, next));
  }

  @Override
  public void delete(SessionKey key) {
    timed("delete", () -> {
      store.delete(key);
      return null;
    });
  }

  @Override
  public Optional<RefreshLock> refreshLock() {
    return store.refreshLock();
  }

  @Override
  public void close() {
    store.close();
  }

  private <T> T timed(String operation, Supplier<T> call) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      T result = call.get();
      outcome = "success";
      return result;
    } finally {
      Timer.builder(PodioMetrics.STORE_OPERATIONS)
          .description("Session store operations")
          .tags("operation", operation, "outcome", outcome)
          .register(registry)
          .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public String toString() {
    return "Timed" + store;
  }
}
