package io.podiokit.benchmarks;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import io.podiokit.session.redis.RedisSessionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
 * {@link RedisSessionStore} against raw Lettuce on the same connection and key: {@code load} against a bare
 * {@code HGETALL} and against {@code HGETALL} parsed into a {@link Session} (the same work the store does), and
 * {@code replace} (a compare-and-set Lua script) against a bare {@code HSET} of the same fields. Redis is at
 * {@code PODIO_TEST_REDIS_URI} (default {@value #DEFAULT_URI}); the benchmark writes only under the key prefix
 * {@value #KEY_PREFIX} and deletes its key afterwards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RedisStoreBenchmark {

  static final String DEFAULT_URI = "redis://127.0.0.1:6379";
  static final String KEY_PREFIX = "podio:benchmark:session:";

  private final SessionKey key = Samples.key();
  // Set by setUp before any benchmark runs.
  private RedisClient client;
  private StatefulRedisConnection<String, String> connection;
  private RedisCommands<String, String> redis;
  private RedisSessionStore store;
  private String redisKey;
  private Session session;
  private Map<String, String> fields;
  private long version;

  /** Connects once, shares the connection between the store and the raw calls, and stores the session. */
  @Setup
  public void setUp() {
    RedisURI uri = RedisURI.create(Samples.env("PODIO_TEST_REDIS_URI", DEFAULT_URI));
    uri.setTimeout(Duration.ofSeconds(2));
    client = RedisClient.create(uri);
    connection = client.connect();
    redis = connection.sync();
    store = RedisSessionStore.builder().connection(connection).keyPrefix(KEY_PREFIX).build();
    redisKey = store.redisKey(key);
    store.delete(key);
    Session saved = store.save(Samples.session("3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b"));
    session = saved;
    version = saved.version();
    fields = new LinkedHashMap<>(redis.hgetall(redisKey));
    if (!parse(key, fields).equals(saved) || !store.load(key).orElseThrow().equals(saved)) {
      throw new IllegalStateException("the stored session does not read back as written from " + redisKey);
    }
  }

  /** Deletes the key and closes the connection. */
  @TearDown
  public void tearDown() {
    try {
      store.delete(key);
      store.close();
      connection.close();
    } finally {
      client.shutdown();
    }
  }

  /** Ours: the store's load (HGETALL, then checks and parses every field). */
  @Benchmark
  public Optional<Session> storeLoad() {
    return store.load(key);
  }

  /** Raw: HGETALL of the same key, the map as Lettuce returns it. */
  @Benchmark
  public Map<String, String> rawHgetall() {
    return redis.hgetall(redisKey);
  }

  /** Raw: HGETALL of the same key, parsed into a session without the store's checks. */
  @Benchmark
  public Session rawHgetallParsed() {
    return parse(key, redis.hgetall(redisKey));
  }

  /** Ours: the store's compare-and-set write of the whole session (one EVALSHA). */
  @Benchmark
  public Session storeReplace() {
    Session written = store.replace(version, session).orElseThrow(
        () -> new IllegalStateException("compare-and-set at version " + version + " failed: another writer?"));
    version = written.version();
    return written;
  }

  /** Raw: HSET of the same fields, without compare-and-set, version bump or expiry. */
  @Benchmark
  public Long rawHset() {
    return redis.hset(redisKey, fields);
  }

  /** The session in a hash written by the store, read field by field. */
  private static Session parse(SessionKey key, Map<String, String> hash) {
    String refType = hash.get("ref_type");
    TokenRef ref = refType == null ? null : new TokenRef(refType, Long.parseLong(hash.get("ref_id")));
    Token token = new Token(field(hash, "access_token"), hash.get("refresh_token"), Instant.parse(hash.get("expires_at")),
        field(hash, "scope"), ref, field(hash, "token_type"));
    return new Session(key, token, GrantKind.fromWireName(field(hash, "origin")), Long.parseLong(hash.get("version")),
        Instant.parse(hash.get("updated_at")), Instant.parse(hash.get("retain_until")));
  }

  private static String field(Map<String, String> hash, String name) {
    return Objects.requireNonNull(hash.get(name), name);
  }
}
