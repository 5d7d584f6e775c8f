package io.podiokit;

import java.time.Duration;
import java.time.Instant;
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
  final AtomicInteger loads = new AtomicInteger();
  volatile boolean down;
  /** How many of the next writes (save, replace) fail like a Redis timeout, after changing nothing. */
  final AtomicInteger failingWrites = new AtomicInteger();
  /** When set, renewing a lease fails: the lease lapses as after a failover or a long pause. */
  volatile boolean renewalsFail;
  /** When set, renewing the lease of this key blocks until the latch opens. */
  volatile @org.jspecify.annotations.Nullable SessionKey blockRenewalsOf;
  final java.util.concurrent.CountDownLatch renewalsUnblocked = new java.util.concurrent.CountDownLatch(1);
  final Map<SessionKey, AtomicInteger> renewalsByKey = new ConcurrentHashMap<>();
  private final boolean withLock;
  private final Clock clock;

  /** A store that keeps every session until it is deleted. */
  TestStore(boolean withLock) {
    this(withLock, () -> Instant.MIN);
  }

  /** A store that drops a session once {@code clock} passes its retainUntil, as every real store may. */
  TestStore(boolean withLock, Clock clock) {
    this.withLock = withLock;
    this.clock = clock;
  }

  private void checkWrite() {
    check();
    if (failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new SessionStoreException("test store at 127.0.0.1:1 did not answer within 2000 ms", null);
    }
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
    loads.incrementAndGet();
    return Optional.ofNullable(sessions.get(key)).filter(s -> clock.now().isBefore(s.retainUntil()));
  }

  @Override
  public Session save(Session session) {
    checkWrite();
    writes.incrementAndGet();
    return sessions.compute(session.key(), (k, old) -> session.withVersion(versions.incrementAndGet()));
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    checkWrite();
    Session[] written = new Session[1];
    sessions.computeIfPresent(next.key(), (k, old) -> {
      if (old.version() != expectedVersion || !clock.now().isBefore(old.retainUntil())) {
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
        if (key.equals(blockRenewalsOf)) {
          try {
            renewalsUnblocked.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        if (renewalsFail) {
          return false;
        }
        renewalsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
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
