package io.podiokit.benchmarks;

import io.podiokit.Authentication;
import io.podiokit.ClientCredentials;
import io.podiokit.Grant;
import io.podiokit.PodioAuth;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.Token;
import io.podiokit.TokenState;
import io.podiokit.session.jdbc.JdbcSessionStore;
import io.podiokit.session.memory.CaffeineSessionStore;
import io.podiokit.session.redis.RedisSessionStore;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Authentication#accessToken()} on a fresh token over each store, next to a {@link ConcurrentHashMap#get} of
 * the token string in the same run: the near cache serves a fresh token without a store round trip, so every store
 * should cost about the same as the map. Run with {@code -prof gc} for the bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FreshTokenBenchmark {

  private static final String ACCESS_TOKEN = "3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b";

  /** The store under the near cache: memory, redis, postgresql or h2. */
  @Param({"memory", "redis", "postgresql", "h2"})
  public String store;

  private final SessionKey key = Samples.key();
  private final ConcurrentHashMap<SessionKey, String> map = new ConcurrentHashMap<>();
  // Set by setUp before any benchmark runs.
  private SessionStore sessionStore;
  private PodioAuth auth;
  private Authentication authentication;

  /** Stores a fresh session and checks that it is served as is. */
  @Setup
  public void setUp() {
    sessionStore = open(store);
    sessionStore.save(Samples.session(ACCESS_TOKEN));
    auth = PodioAuth.builder()
        .credentials(new ClientCredentials(Samples.CLIENT_ID, Samples.CLIENT_SECRET))
        .tokenEndpoint(FreshTokenBenchmark::exchange)
        .sessionStore(sessionStore)
        .build();
    authentication = auth.forKey(key);
    map.put(key, ACCESS_TOKEN);
    if (authentication.state() != TokenState.FRESH || !ACCESS_TOKEN.equals(authentication.accessToken())) {
      throw new IllegalStateException("the stored session is not served as a fresh token: " + authentication.state());
    }
  }

  /** Removes the session and closes the store. */
  @TearDown
  public void tearDown() {
    auth.close();
    sessionStore.delete(key);
    sessionStore.close();
  }

  /** Ours: the access token of a fresh session. */
  @Benchmark
  public String accessToken() {
    return authentication.accessToken();
  }

  /** The floor: a concurrent map lookup of the token string. */
  @Benchmark
  public @Nullable String concurrentHashMapGet() {
    return map.get(key);
  }

  static SessionStore open(String kind) {
    return switch (kind) {
      case "memory" -> CaffeineSessionStore.builder().build();
      case "redis" -> RedisSessionStore.open(Samples.env("PODIO_TEST_REDIS_URI", RedisStoreBenchmark.DEFAULT_URI));
      case "postgresql" -> JdbcSessionStore.builder()
          .jdbcUrl(Samples.env("PODIO_TEST_POSTGRES_URL", JdbcStoreBenchmark.DEFAULT_POSTGRES_URL))
          .tableName("podio_benchmark_session").createTableIfMissing(true).build();
      case "h2" -> JdbcSessionStore.builder().jdbcUrl(JdbcStoreBenchmark.H2_URL).tableName("podio_benchmark_session")
          .createTableIfMissing(true)
          .build();
      default -> throw new IllegalArgumentException("store must be memory, redis, postgresql or h2, was " + kind);
    };
  }

  private static Token exchange(Grant grant) {
    throw new IllegalStateException("the token endpoint must not be called on the fresh path, got " + grant.grantType());
  }
}
