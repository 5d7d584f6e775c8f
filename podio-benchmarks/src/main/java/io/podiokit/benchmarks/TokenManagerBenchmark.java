package io.podiokit.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.podiokit.Authentication;
import io.podiokit.ClientCredentials;
import io.podiokit.Grant;
import io.podiokit.PodioAuth;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenEndpoint;
import io.podiokit.TokenState;
import io.podiokit.session.memory.CaffeineSessionStore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Authentication#accessToken()} on a fresh token, through {@link PodioAuth} over a
 * {@link CaffeineSessionStore}, against a raw Caffeine lookup of the token string: the cost of the state machine
 * (load, state decision, clock read) on the hot path, on one thread and on four sharing the instance. The token
 * endpoint is a stub that must never be called on this path; a trial in which it was fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TokenManagerBenchmark {

  private static final String ACCESS_TOKEN = "3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b";

  private final SessionKey key = Samples.key();
  private final AtomicInteger exchanges = new AtomicInteger();
  // Set by setUp before any benchmark runs.
  private CaffeineSessionStore store;
  private PodioAuth auth;
  private Authentication authentication;
  private Cache<SessionKey, String> raw;

  /** Stores a fresh session and checks that the hot path serves it as is. */
  @Setup
  public void setUp() {
    store = CaffeineSessionStore.builder().build();
    store.save(Samples.session(ACCESS_TOKEN));
    TokenEndpoint counting = this::exchange;
    auth = PodioAuth.builder()
        .credentials(new ClientCredentials(Samples.CLIENT_ID, Samples.CLIENT_SECRET))
        .tokenEndpoint(counting)
        .sessionStore(store)
        .build();
    authentication = auth.forKey(key);
    raw = Caffeine.newBuilder().maximumSize(CaffeineSessionStore.DEFAULT_MAXIMUM_SIZE).build();
    raw.put(key, ACCESS_TOKEN);
    if (authentication.state() != TokenState.FRESH || !ACCESS_TOKEN.equals(authentication.accessToken())) {
      throw new IllegalStateException("the stored session is not served as a fresh token: " + authentication.state());
    }
  }

  /** Fails the trial if the token endpoint was called: the measured path was not the fresh one. */
  @TearDown
  public void tearDown() {
    auth.close();
    store.close();
    int calls = exchanges.get();
    if (calls != 0) {
      throw new IllegalStateException("the token endpoint was called " + calls + " times on the fresh path");
    }
  }

  /** Ours, one thread. */
  @Benchmark
  public String accessToken() {
    return authentication.accessToken();
  }

  /** Ours, four threads sharing one PodioAuth and store. */
  @Benchmark
  @Threads(4)
  public String accessToken4Threads() {
    return authentication.accessToken();
  }

  /** Raw, one thread: Caffeine's lookup of the token string. */
  @Benchmark
  public @Nullable String rawCaffeine() {
    return raw.getIfPresent(key);
  }

  /** Raw, four threads sharing one cache. */
  @Benchmark
  @Threads(4)
  public @Nullable String rawCaffeine4Threads() {
    return raw.getIfPresent(key);
  }

  private Token exchange(Grant grant) {
    exchanges.incrementAndGet();
    throw new IllegalStateException("the token endpoint must not be called on the fresh path, got " + grant.grantType());
  }
}
