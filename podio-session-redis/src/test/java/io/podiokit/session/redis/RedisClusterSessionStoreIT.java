package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.Token;
import io.podiokit.testkit.SessionStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session store contract on a Redis Cluster of three masters started for this test. */
class RedisClusterSessionStoreIT extends SessionStoreContract {

  private static LocalRedisCluster cluster;
  private static final String PREFIX = "podio:it:cluster:" + UUID.randomUUID() + ":";

  @BeforeAll
  static void startCluster() {
    cluster = LocalRedisCluster.start();
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  protected SessionStore createStore() {
    return RedisSessionStore.builder().uri(cluster.uri()).keyPrefix(PREFIX).build();
  }

  @Test
  void sessionAndLockShareASlotAndSessionsSpreadOverTheMasters() {
    RedisSessionStore store = (RedisSessionStore) store();
    String client = "cluster-" + UUID.randomUUID();
    Set<Integer> nodesHoldingSessions = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      SessionKey key = SessionKey.app(client, i);
      store.save(session(key));
      try (RefreshLock.Lease lease = store.tryAcquire(key, Duration.ofSeconds(30)).orElseThrow()) {
        long sessionSlot = cluster.node(0).clusterKeyslot(store.redisKey(key));
        assertThat(cluster.node(0).clusterKeyslot(store.lockKey(key))).isEqualTo(sessionSlot);
        int holder = cluster.nodeOwning(sessionSlot);
        assertThat(cluster.node(holder).exists(store.redisKey(key), store.lockKey(key))).isEqualTo(2);
        nodesHoldingSessions.add(holder);
      }
      store.delete(key);
    }
    assertThat(nodesHoldingSessions).hasSize(cluster.size());
  }

  @Test
  void clusterOptionOnARedisUriOpensTheSameCluster() {
    SessionKey key = SessionKey.app("cluster-option-" + UUID.randomUUID(), 1);
    try (RedisSessionStore byOption = RedisSessionStore.open("redis://" + cluster.seeds() + "?cluster=true&prefix="
        + PREFIX)) {
      Session saved = byOption.save(session(key));
      assertThat(store().load(key)).contains(saved);
      assertThat(byOption.address()).startsWith("Redis Cluster 127.0.0.1:");
      byOption.delete(key);
    }
  }

  private static Session session(SessionKey key) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Session(key, new Token("cluster-access", "cluster-refresh", now.plus(Duration.ofHours(8)), "app:all",
        null, "bearer"), GrantKind.APP, 0, now, now.plus(Duration.ofDays(1)));
  }
}
