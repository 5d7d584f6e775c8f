package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import io.podiokit.SessionStores;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the store writes to Redis, byte for byte, and what it does with entries it did not write. */
class RedisLayoutIT {

  private static final String ACCESS = "layout-access-token-secret";
  private static final String REFRESH = "layout-refresh-token-secret";

  private static RedisClient rawClient;
  private static StatefulRedisConnection<String, String> rawConnection;
  private static RedisCommands<String, String> raw;

  private final String client = "client-" + UUID.randomUUID();
  private final RedisSessionStore store = TestRedis.store();

  @BeforeAll
  static void connectRaw() {
    rawClient = RedisClient.create(TestRedis.uri());
    rawConnection = rawClient.connect();
    raw = rawConnection.sync();
  }

  @AfterAll
  static void closeRaw() {
    rawConnection.close();
    rawClient.shutdown();
  }

  @AfterEach
  void cleanUp() {
    for (String key : raw.keys(TestRedis.PREFIX + "{" + client + "*")) {
      raw.del(key);
    }
    store.close();
  }

  @Test
  void sessionIsOneHashWithTheDocumentedFields() {
    SessionKey key = new SessionKey(client, "user", "a:b c");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Session session = new Session(key, new Token(ACCESS, REFRESH, Instant.parse("2031-05-06T07:08:09.010Z"),
        "global:all", new TokenRef("user", 1234), "bearer"), GrantKind.PASSWORD, 0,
        Instant.parse("2031-05-06T06:08:09.010Z"), now.plus(Duration.ofDays(30)));

    Session saved = store.save(session);

    String redisKey = TestRedis.PREFIX + "{" + client + ":user:a%3Ab%20c}";
    assertThat(store.redisKey(key)).isEqualTo(redisKey);
    assertThat(raw.type(redisKey)).isEqualTo("hash");
    assertThat(raw.hgetall(redisKey)).containsOnly(
        entry("access_token", ACCESS),
        entry("refresh_token", REFRESH),
        entry("expires_at", "2031-05-06T07:08:09.010Z"),
        entry("token_type", "bearer"),
        entry("scope", "global:all"),
        entry("ref_type", "user"),
        entry("ref_id", "1234"),
        entry("origin", "password"),
        entry("version", Long.toString(saved.version())),
        entry("updated_at", "2031-05-06T06:08:09.010Z"),
        entry("retain_until", now.plus(Duration.ofDays(30)).toString()));
  }

  @Test
  void saveWithoutRefreshTokenOrRefRemovesThoseFields() {
    SessionKey key = SessionKey.app(client, 7);
    store.save(session(key, REFRESH, new TokenRef("app", 7), Duration.ofDays(1)));

    Session second = store.save(session(key, null, null, Duration.ofDays(1)));

    assertThat(raw.hgetall(store.redisKey(key))).doesNotContainKeys("refresh_token", "ref_type", "ref_id")
        .containsEntry("version", Long.toString(second.version()));
  }

  @Test
  void deleteLeavesATombstoneThatKeepsTheVersionUntilTheSessionWouldHaveExpired() {
    SessionKey key = SessionKey.app(client, 11);
    Session saved = store.save(session(key, REFRESH, null, Duration.ofHours(3)));

    store.delete(key);

    assertThat(raw.hgetall(store.redisKey(key))).containsOnly(entry("version", Long.toString(saved.version())),
        entry("deleted", "1"));
    assertThat(raw.pttl(store.redisKey(key))).isBetween(Duration.ofHours(3).minusMinutes(1).toMillis(),
        Duration.ofHours(3).toMillis());
    assertThat(store.load(key)).isEmpty();
    assertThat(store.save(session(key, REFRESH, null, Duration.ofHours(3))).version()).isGreaterThan(saved.version());
  }

  @Test
  void keyExpiresAtRetainUntil() {
    SessionKey key = SessionKey.app(client, 8);
    Duration retention = Duration.ofHours(3);

    Session first = store.save(session(key, REFRESH, null, retention));
    long ttl = raw.pttl(store.redisKey(key));
    store.replace(first.version(), session(key, REFRESH, null, retention.multipliedBy(2)));
    long ttlAfterReplace = raw.pttl(store.redisKey(key));

    assertThat(ttl).isBetween(retention.minusMinutes(1).toMillis(), retention.toMillis() + 1);
    assertThat(ttlAfterReplace).isBetween(retention.multipliedBy(2).minusMinutes(1).toMillis(),
        retention.multipliedBy(2).toMillis() + 1);
  }

  @Test
  void lockIsAStringKeyInTheSessionsSlotWithATimeToLive() {
    SessionKey key = SessionKey.password(client, "someone@example.com");
    String lockKey = store.lockKey(key);

    RefreshLock.Lease lease = store.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow();

    assertThat(lockKey).isEqualTo(store.redisKey(key) + ":lock");
    assertThat(SlotHash.getSlot(lockKey)).isEqualTo(SlotHash.getSlot(store.redisKey(key)));
    assertThat(raw.get(lockKey)).matches("[0-9a-f]{32}");
    assertThat(raw.pttl(lockKey)).isBetween(1L, 30_000L);
    lease.close();
    assertThat(raw.exists(lockKey)).isZero();
  }

  @Test
  void leaseCloseLeavesALockThatIsNoLongerOurs() {
    SessionKey key = SessionKey.app(client, 9);
    RefreshLock.Lease lease = store.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow();
    raw.set(store.lockKey(key), "another-holder");

    lease.close();

    assertThat(raw.get(store.lockKey(key))).isEqualTo("another-holder");
  }

  @Test
  void scriptsAreLoadedAgainAfterRedisForgetsThem() {
    SessionKey key = SessionKey.app(client, 10);
    store.save(session(key, REFRESH, null, Duration.ofDays(1)));
    raw.scriptFlush();

    Session saved = store.save(session(key, REFRESH, null, Duration.ofDays(1)));
    raw.scriptFlush();
    assertThat(store.replace(saved.version(), session(key, "rotated", null, Duration.ofDays(1)))).isPresent();
    raw.scriptFlush();
    store.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow().close();

    assertThat(saved.version()).isPositive();
    assertThat(raw.exists(store.lockKey(key))).isZero();
  }

  @Test
  void unreadableEntriesAreReportedAndLeftAsTheyAre() {
    Map<String, Map<String, String>> garbled = Map.of(
        "missing-expiry", Map.of("access_token", ACCESS, "version", "1"),
        "bad-version", Map.of("access_token", ACCESS, "refresh_token", REFRESH, "version", "three"),
        "no-version", Map.of("access_token", ACCESS, "refresh_token", REFRESH));
    for (Map.Entry<String, Map<String, String>> entry : garbled.entrySet()) {
      SessionKey key = SessionKey.user(client, entry.getKey());
      String redisKey = store.redisKey(key);
      raw.hset(redisKey, entry.getValue());

      assertUnreadable(() -> store.load(key), redisKey);
      if (!entry.getKey().equals("missing-expiry")) {
        // Without a readable version there is no next version: writes refuse too.
        assertUnreadable(() -> store.save(session(key, "new-refresh", null, Duration.ofDays(1))), redisKey);
        assertUnreadable(() -> store.replace(1, session(key, "new-refresh", null, Duration.ofDays(1))), redisKey);
      }

      assertThat(raw.hgetall(redisKey)).as(entry.getKey()).isEqualTo(entry.getValue());
    }
  }

  @Test
  void keyOfAnotherTypeIsAnErrorNamingTheKey() {
    SessionKey key = SessionKey.user(client, "string-value");
    raw.set(store.redisKey(key), ACCESS);

    assertThatThrownBy(() -> store.load(key)).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining(store.redisKey(key)).hasMessageContaining("WRONGTYPE");
    assertThatThrownBy(() -> store.save(session(key, REFRESH, null, Duration.ofDays(1))))
        .isInstanceOf(SessionStoreException.class).hasMessageContaining(store.redisKey(key));
    assertThat(raw.get(store.redisKey(key))).isEqualTo(ACCESS);
  }

  @Test
  void openedByUriThroughTheServiceLoaderWithPrefixOption() {
    String prefix = TestRedis.PREFIX + "by-uri:";
    String uri = TestRedis.uri() + (TestRedis.uri().contains("?") ? "&" : "?") + "prefix=" + prefix + "&timeout=3s";
    SessionKey key = SessionKey.app(client, 11);

    try (SessionStore opened = SessionStores.open(uri)) {
      assertThat(opened).isInstanceOf(RedisSessionStore.class);
      Session saved = opened.save(session(key, REFRESH, null, Duration.ofDays(1)));
      assertThat(opened.load(key)).contains(saved);
      assertThat(raw.exists(prefix + "{" + key.encoded() + "}")).isEqualTo(1);
      opened.delete(key);
    }
    assertThat(SessionStores.availableSchemes()).contains("redis", "rediss", "redis-sentinel", "redis-cluster");
  }

  @Test
  void storeOnAConnectionOfTheApplicationLeavesItOpen() {
    SessionKey key = SessionKey.app(client, 12);
    try (RedisSessionStore onConnection = RedisSessionStore.builder().connection(rawConnection)
        .keyPrefix(TestRedis.PREFIX).build()) {
      Session saved = onConnection.save(session(key, REFRESH, null, Duration.ofDays(1)));
      assertThat(store.load(key)).contains(saved);
    }
    assertThat(rawConnection.isOpen()).isTrue();
    assertThat(raw.ping()).isEqualTo("PONG");
  }

  @Test
  void closedStoreSaysSo() {
    RedisSessionStore closed = TestRedis.store();
    closed.close();

    assertThatThrownBy(() -> closed.load(SessionKey.app(client, 13)))
        .isInstanceOf(SessionStoreException.class).hasMessageContaining("closed");
  }

  @Test
  void builderSaysWhatIsMissingOrWrong() {
    assertThatThrownBy(() -> RedisSessionStore.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("uri(");
    assertThatThrownBy(() -> RedisSessionStore.builder().uri("redis://h").connection(rawConnection).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("only one");
    assertThatThrownBy(() -> RedisSessionStore.builder().connection(rawConnection)
        .commandTimeout(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("setTimeout");
    assertThatThrownBy(() -> RedisSessionStore.builder().keyPrefix("a{b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'{'");
    assertThatThrownBy(() -> RedisSessionStore.builder().commandTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 ms");
    assertThatThrownBy(() -> store.tryAcquire(SessionKey.app(client, 14), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
  }

  private static void assertUnreadable(Runnable operation, String redisKey) {
    assertThatThrownBy(operation::run)
        .isInstanceOf(SessionStoreException.class)
        .hasMessageContaining(redisKey)
        .hasMessageContaining("unreadable")
        .hasMessageContaining("DEL " + redisKey)
        .hasMessageNotContaining(ACCESS)
        .hasMessageNotContaining(REFRESH);
  }

  private static Session session(SessionKey key, @Nullable String refreshToken, @Nullable TokenRef ref,
                                 Duration retention) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Session(key, new Token(ACCESS, refreshToken, now.plus(Duration.ofHours(8)), "app:all", ref, "bearer"),
        GrantKind.APP, 0, now, now.plus(retention));
  }
}
