package io.podiokit.session.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.podiokit.Clock;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} in this process's memory, on Caffeine: it holds at most {@link Builder#maximumSize(long)}
 * sessions (the least useful go first when it is full) and drops each session at its own
 * {@link Session#retainUntil()}, judged by the store's {@link Clock}. Compare-and-set runs inside the map's atomic
 * {@code compute}, so it is exact under any number of threads.
 *
 * <p>Sessions live only as long as the process: use it for a single process that may authenticate again on restart,
 * and for tests. It is also a {@link RefreshLock}, which coordinates refreshes between several clients in this
 * process that share the store; leases lapse by the same clock.
 *
 * <pre>{@code
 * SessionStore store = CaffeineSessionStore.builder().maximumSize(50_000).build();
 * }</pre>
 */
public final class CaffeineSessionStore implements SessionStore, RefreshLock {

  /** The number of sessions a store holds unless told otherwise. */
  public static final long DEFAULT_MAXIMUM_SIZE = 10_000;

  /**
   * Versions taken from the clock are its epoch milliseconds times this, so a key that left no trace starts above every
   * version it had before (unless it was written more than this many times per millisecond).
   */
  static final long VERSIONS_PER_MILLISECOND = 1024;

  /** A session, or a deleted session's tombstone (null session) that keeps its version until its retainUntil. */
  private record Entry(@Nullable Session session, long version, Instant until) {}

  private final Cache<SessionKey, Entry> sessions;
  private final Cache<SessionKey, Holder> leases;
  private final Ticker ticker;
  private final Clock clock;

  private CaffeineSessionStore(Builder builder) {
    Clock clock = builder.clock;
    this.clock = clock;
    this.ticker = () -> epochNanos(clock.now());
    this.sessions = Caffeine.newBuilder()
        .maximumSize(builder.maximumSize)
        .ticker(ticker)
        .executor(Runnable::run)
        .expireAfter(new ExpireAt<SessionKey, Entry>(entry -> epochNanos(entry.until())))
        .build();
    this.leases = Caffeine.newBuilder()
        .ticker(ticker)
        .executor(Runnable::run)
        .expireAfter(new ExpireAt<SessionKey, Holder>(holder -> holder.deadline))
        .build();
  }

  /** {@return a builder with the defaults: {@value #DEFAULT_MAXIMUM_SIZE} sessions, the system clock} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    Objects.requireNonNull(key, "key == null");
    Entry entry = sessions.getIfPresent(key);
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.session());
  }

  @Override
  public Session save(Session session) {
    Objects.requireNonNull(session, "session == null");
    Entry written = sessions.asMap().compute(session.key(), (key, current) -> {
      long version = Math.max(current == null ? 1 : current.version() + 1, clockVersion());
      return new Entry(session.withVersion(version), version, session.retainUntil());
    });
    return Objects.requireNonNull(written.session());
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    Objects.requireNonNull(next, "next == null");
    Session written = next.withVersion(expectedVersion + 1);
    Entry mine = new Entry(written, written.version(), written.retainUntil());
    Entry result = sessions.asMap().compute(next.key(), (key, current) ->
        current != null && current.session() != null && current.version() == expectedVersion ? mine : current);
    return result == mine ? Optional.of(written) : Optional.empty();
  }

  /** Removes the session, keeping its version (a tombstone) until its retainUntil, so versions never repeat. */
  @Override
  public void delete(SessionKey key) {
    Objects.requireNonNull(key, "key == null");
    sessions.asMap().computeIfPresent(key, (k, current) -> current.session() == null ? current
        : new Entry(null, current.version(), current.until()));
  }

  private long clockVersion() {
    long millis = Math.max(0, epochNanos(clock.now()) / 1_000_000);
    return millis > Long.MAX_VALUE / VERSIONS_PER_MILLISECOND ? Long.MAX_VALUE / 2 : millis * VERSIONS_PER_MILLISECOND;
  }

  /**
   * Takes the lease on {@code key} for {@code ttl} if no client of this store holds it.
   *
   * @throws IllegalArgumentException if {@code ttl} is not positive
   */
  @Override
  public Optional<Lease> tryAcquire(SessionKey key, Duration ttl) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    Object owner = new Object();
    Holder mine = new Holder(owner, saturatedAdd(ticker.read(), saturatedNanos(ttl)));
    Holder holder = leases.asMap().compute(key, (k, current) -> current == null ? mine : current);
    if (holder != mine) {
      return Optional.empty();
    }
    return Optional.of(new Lease() {
      @Override
      public boolean renew(Duration renewTtl) {
        Objects.requireNonNull(renewTtl, "ttl == null");
        Holder renewed = leases.asMap().computeIfPresent(key, (k, current) -> current.owner == owner
            ? new Holder(owner, saturatedAdd(ticker.read(), saturatedNanos(renewTtl))) : current);
        return renewed != null && renewed.owner == owner;
      }

      @Override
      public void close() {
        leases.asMap().computeIfPresent(key, (k, current) -> current.owner == owner ? null : current);
      }
    });
  }

  /** Drops every session and lease; the store holds nothing afterwards. */
  @Override
  public void close() {
    sessions.invalidateAll();
    leases.invalidateAll();
  }

  @Override
  public String toString() {
    return "CaffeineSessionStore[entries=" + sessions.estimatedSize() + "]";
  }

  /** A lease's holder and deadline; the owner is compared by identity, so a lapsed holder never touches its successor. */
  private static final class Holder {
    final Object owner;
    final long deadline;

    Holder(Object owner, long deadline) {
      this.owner = owner;
      this.deadline = deadline;
    }
  }

  /** Expires each entry at an absolute time on the ticker's scale (nanoseconds since the epoch), set at each write. */
  private static final class ExpireAt<K, V> implements Expiry<K, V> {
    private final ToLongFunction<V> deadline;

    ExpireAt(ToLongFunction<V> deadline) {
      this.deadline = deadline;
    }

    @Override
    public long expireAfterCreate(K key, V value, long currentTime) {
      return Math.max(0, saturatedSubtract(deadline.applyAsLong(value), currentTime));
    }

    @Override
    public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
      return expireAfterCreate(key, value, currentTime);
    }

    @Override
    public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }

  static long epochNanos(Instant instant) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException outOfRange) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
  }

  private static long saturatedSubtract(long a, long b) {
    long difference = a - b;
    return ((a ^ b) & (a ^ difference)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : difference;
  }

  /** Configures a {@link CaffeineSessionStore}; every setting has a default. */
  public static final class Builder {
    private long maximumSize = DEFAULT_MAXIMUM_SIZE;
    private Clock clock = Clock.system();

    private Builder() {}

    /**
     * The most sessions the store holds (default {@value CaffeineSessionStore#DEFAULT_MAXIMUM_SIZE}); past it, the
     * least used are dropped.
     *
     * @param maximumSize the most sessions the store holds
     * @return this builder
     * @throws IllegalArgumentException if {@code maximumSize} is not positive
     */
    public Builder maximumSize(long maximumSize) {
      if (maximumSize <= 0) {
        throw new IllegalArgumentException("maximumSize must be positive, was " + maximumSize);
      }
      this.maximumSize = maximumSize;
      return this;
    }

    /**
     * The clock that decides when a session's {@code retainUntil} and a lease have passed (default
     * {@link Clock#system()}); give a {@link io.podiokit.TestClock} in tests.
     *
     * @param clock the time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** {@return a new store with these settings} */
    public CaffeineSessionStore build() {
      return new CaffeineSessionStore(this);
    }
  }
}
