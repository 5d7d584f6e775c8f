package io.podiokit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A shared store for core tests: sessions and leases in concurrent maps, leases timed by a nano clock that tests can
 * move, and a switch that makes every operation fail like an unreachable store.
 */
final class TestStore implements SessionStore, RefreshLock {

  private final Map<SessionKey, Session> sessions = new ConcurrentHashMap<>();
  private final Map<SessionKey, long[]> leases = new ConcurrentHashMap<>(); // owner id, until (nanos)
  private final AtomicLong owners = new AtomicLong();
  /** The highest version ever given, so versions keep increasing across deletes, as the store contract says. */
  private final AtomicLong versions = new AtomicLong();
  final AtomicInteger writes = new AtomicInteger();
  final AtomicInteger renewals = new AtomicInteger();
  volatile boolean down;
  private final boolean withLock;

  TestStore(boolean withLock) {
    this.withLock = withLock;
  }

  /** A store whose {@link RefreshLock} is hidden, like a single-process store. */
  static SessionStore withoutLock() {
    TestStore store = new TestStore(false);
    return new SessionStore() {
      @Override public Optional<Session> load(SessionKey key) { return store.load(key); }
      @Override public Session save(Session session) { return store.save(session); }
      @Override public Optional<Session> replace(long v, Session next) { return store.replace(v, next); }
      @Override public void delete(SessionKey key) { store.delete(key); }
    };
  }

  private void check() {
    if (down) {
      throw new SessionStoreException("test store at 127.0.0.1:1 is unreachable", null);
    }
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    check();
    return Optional.ofNullable(sessions.get(key));
  }

  @Override
  public Session save(Session session) {
    check();
    writes.incrementAndGet();
    return sessions.compute(session.key(), (k, old) -> session.withVersion(versions.incrementAndGet()));
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    check();
    Session[] written = new Session[1];
    sessions.computeIfPresent(next.key(), (k, old) -> {
      if (old.version() != expectedVersion) {
        return old;
      }
      written[0] = next.withVersion(versions.incrementAndGet());
      return written[0];
    });
    if (written[0] != null) {
      writes.incrementAndGet();
    }
    return Optional.ofNullable(written[0]);
  }

  @Override
  public void delete(SessionKey key) {
    check();
    sessions.remove(key);
  }

  @Override
  public Optional<Lease> tryAcquire(SessionKey key, Duration ttl) {
    check();
    if (!withLock) {
      throw new UnsupportedOperationException();
    }
    long owner = owners.incrementAndGet();
    long now = System.nanoTime();
    long[] mine = {owner, now + ttl.toNanos()};
    long[] result = leases.compute(key, (k, held) -> held == null || held[1] - now <= 0 ? mine : held);
    if (result != mine) {
      return Optional.empty();
    }
    return Optional.of(new Lease() {
      @Override
      public boolean renew(Duration renewTtl) {
        check();
        long now = System.nanoTime();
        boolean[] renewed = {false};
        leases.computeIfPresent(key, (k, held) -> {
          if (held == mine && held[1] - now > 0) {
            held[1] = now + renewTtl.toNanos();
            renewed[0] = true;
          }
          return held;
        });
        if (renewed[0]) {
          renewals.incrementAndGet();
        }
        return renewed[0];
      }

      @Override
      public void close() {
        leases.remove(key, mine);
      }
    });
  }

  boolean leased(SessionKey key) {
    long[] held = leases.get(key);
    return held != null && held[1] - System.nanoTime() > 0;
  }
}
