package io.podiokit.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.session.memory.CaffeineSessionStore;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CaffeineSessionStore#load} against a raw Caffeine {@link Cache#getIfPresent} of the same prepared
 * {@link Session}: the cost of the store's per-session expiry (read from its clock) and {@code Optional} wrapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MemoryStoreBenchmark {

  private final SessionKey key = Samples.key();
  // Set by setUp before any benchmark runs.
  private CaffeineSessionStore store;
  private Cache<SessionKey, Session> raw;

  /** Stores the session in both, with the same bound. */
  @Setup
  public void setUp() {
    Session session = Samples.session("3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b");
    CaffeineSessionStore s = CaffeineSessionStore.builder().maximumSize(CaffeineSessionStore.DEFAULT_MAXIMUM_SIZE)
        .build();
    Session saved = s.save(session);
    Cache<SessionKey, Session> c = Caffeine.newBuilder().maximumSize(CaffeineSessionStore.DEFAULT_MAXIMUM_SIZE)
        .build();
    c.put(key, saved);
    if (s.load(key).isEmpty() || c.getIfPresent(key) == null) {
      throw new IllegalStateException("the prepared session cannot be read back");
    }
    store = s;
    raw = c;
  }

  /** Drops the store's sessions. */
  @TearDown
  public void tearDown() {
    store.close();
  }

  /** Ours: the store's load. */
  @Benchmark
  public Optional<Session> storeLoad() {
    return store.load(key);
  }

  /** Raw: Caffeine's lookup of the same session. */
  @Benchmark
  public @Nullable Session rawGetIfPresent() {
    return raw.getIfPresent(key);
  }
}
