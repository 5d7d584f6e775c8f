package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import io.podiokit.Token;
import io.podiokit.testkit.SessionStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The session store contract through Redis Sentinel: a master and a Sentinel started for this test, the store opened
 * with a {@code redis-sentinel://} URI; and a store that follows the replica Sentinel promotes on a failover.
 */
class RedisSentinelSessionStoreIT extends SessionStoreContract {

  private static final String PREFIX = "podio:it:sentinel:" + UUID.randomUUID() + ":";
  /**
   * From the first write to the store writing on the promoted replica. Sentinel demotes the old master (and drops its
   * clients, which makes the store reconnect through Sentinel) on its second {@code INFO} of it, about 10 s after the
   * switch; the whole failover takes about 12 s.
   */
  private static final Duration FAILOVER = Duration.ofSeconds(30);

  private static LocalRedisSentinel sentinel;

  @BeforeAll
  static void startSentinel() {
    sentinel = LocalRedisSentinel.start(0);
  }

  @AfterAll
  static void stopSentinel() {
    if (sentinel != null) {
      sentinel.close();
    }
  }

  @Override
  protected SessionStore createStore() {
    return RedisSessionStore.open(sentinel.uri(PREFIX));
  }

  @Test
  void writesOnTheMasterSentinelNames() {
    RedisSessionStore store = (RedisSessionStore) store();
    SessionKey key = SessionKey.app("sentinel-" + UUID.randomUUID(), 1);

    Session saved = store.save(session(key, "on-master"));

    assertThat(sentinel.node(sentinel.firstMasterPort()).hget(store.redisKey(key), "version"))
        .isEqualTo(Long.toString(saved.version()));
    assertThat(store.address()).isEqualTo("master '" + LocalRedisSentinel.MASTER_NAME + "' via Sentinel 127.0.0.1:"
        + sentinel.sentinelPort());
    store.delete(key);
  }

  @Test
  void followsTheReplicaSentinelPromotesOnFailover() {
    try (LocalRedisSentinel local = LocalRedisSentinel.start(1);
         RedisSessionStore store = RedisSessionStore.open(local.uri(PREFIX))) {
      int oldMaster = local.firstMasterPort();
      int replica = local.replicaPort(0);
      SessionKey key = SessionKey.app("failover-" + UUID.randomUUID(), 1);
      Session before = store.save(session(key, "before-failover"));
      long deadline = System.nanoTime() + FAILOVER.toNanos();
      LocalRedisSentinel.await("the replica to hold the saved session", deadline,
          () -> local.node(replica).exists(store.redisKey(key)) == 1);

      local.failover(deadline);
      LocalRedisSentinel.await("Sentinel to name the replica as master", deadline,
          () -> local.masterPort() == replica);
      LocalRedisSentinel.await("Sentinel to demote the old master", deadline,
          () -> local.role(oldMaster).equals("slave"));

      assertThat(awaitSuccess(deadline, () -> store.load(key))).contains(before);
      Session after = awaitSuccess(deadline, () -> store.save(session(key, "after-failover")));
      assertThat(after.version()).isGreaterThan(before.version());
      assertThat(local.node(replica).hget(store.redisKey(key), "access_token")).isEqualTo("access-after-failover");
      assertThat(store.load(key)).contains(after);
    }
  }

  /** Retries {@code operation} every 50 ms while it throws {@link SessionStoreException}, until the deadline. */
  private static <T> T awaitSuccess(long deadlineNanos, Supplier<T> operation) {
    while (true) {
      try {
        return operation.get();
      } catch (SessionStoreException e) {
        if (System.nanoTime() - deadlineNanos > 0) {
          throw new AssertionError("the store did not work again before the deadline", e);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
  }

  private static Session session(SessionKey key, String access) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Session(key, new Token("access-" + access, "refresh-" + access, now.plus(Duration.ofHours(8)),
        "app:all", null, "bearer"), GrantKind.APP, 0, now, now.plus(Duration.ofDays(1)));
  }
}
