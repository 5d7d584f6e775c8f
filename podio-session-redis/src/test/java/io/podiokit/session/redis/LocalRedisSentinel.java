package io.podiokit.session.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A Redis master, its replicas ({@code --replicaof}) and one Sentinel that monitors the master as
 * {@value #MASTER_NAME} with a quorum of 1, all {@code redis-server} processes on loopback.
 */
final class LocalRedisSentinel implements AutoCloseable {

  static final String MASTER_NAME = "mymaster";
  private static final Duration STARTING = Duration.ofSeconds(30);
  private static final Duration REPLY = Duration.ofSeconds(5);

  private final RedisServerProcess master = RedisServerProcess.onFreePort();
  private final List<RedisServerProcess> replicas = new ArrayList<>();
  private final RedisServerProcess sentinel;
  private final RedisClient client = RedisClient.create();
  private final Map<Integer, StatefulRedisConnection<String, String>> nodes = new HashMap<>();
  private @Nullable StatefulRedisSentinelConnection<String, String> sentinelConnection;

  private LocalRedisSentinel(int replicaCount) {
    for (int i = 0; i < replicaCount; i++) {
      replicas.add(RedisServerProcess.onFreePort("--replicaof", "127.0.0.1", Integer.toString(master.port)));
    }
    sentinel = RedisServerProcess.sentinelOnFreePort(
        "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + master.port + " 1",
        "sentinel down-after-milliseconds " + MASTER_NAME + " 10000",
        "sentinel failover-timeout " + MASTER_NAME + " 20000");
  }

  /**
   * Starts the master and {@code replicaCount} replicas, waits (bounded) until every replica is in sync, then starts
   * the Sentinel and waits until it names the master and knows every replica. Replicas start before the Sentinel so it
   * learns them from its first {@code INFO} of the master instead of ten seconds later.
   */
  static LocalRedisSentinel start(int replicaCount) {
    LocalRedisSentinel local = new LocalRedisSentinel(replicaCount);
    try {
      local.form();
      return local;
    } catch (RuntimeException | Error e) {
      local.close();
      throw e;
    }
  }

  private void form() {
    long deadline = System.nanoTime() + STARTING.toNanos();
    master.start();
    for (RedisServerProcess replica : replicas) {
      replica.start();
      await("the replica on port " + replica.port + " to sync with the master", deadline,
          () -> node(replica.port).info("replication").contains("master_link_status:up"));
    }
    sentinel.start();
    sentinelConnection = client.connectSentinel(RedisURI.builder().withHost("127.0.0.1").withPort(sentinel.port)
        .withTimeout(REPLY).build());
    await("the Sentinel to name the master on port " + master.port, deadline, () -> masterPort() == master.port);
    await("the Sentinel to know " + replicas.size() + " healthy replica(s)", deadline, () -> {
      List<Map<String, String>> known = sentinelConnection.sync().replicas(MASTER_NAME);
      return known.size() == replicas.size()
          && known.stream().allMatch(r -> r.get("flags").equals("slave") && "ok".equals(r.get("master-link-status")));
    });
  }

  /** {@code redis-sentinel://} to this Sentinel and master, with the store's key prefix. */
  String uri(String keyPrefix) {
    return "redis-sentinel://127.0.0.1:" + sentinel.port + "?prefix=" + keyPrefix + "#" + MASTER_NAME;
  }

  int sentinelPort() {
    return sentinel.port;
  }

  /** The port of the master this was started with. */
  int firstMasterPort() {
    return master.port;
  }

  /** The port of replica {@code index}. */
  int replicaPort(int index) {
    return replicas.get(index).port;
  }

  /** The master's port as the Sentinel reports it ({@code SENTINEL get-master-addr-by-name}); -1 if it names none. */
  int masterPort() {
    SocketAddress address = sentinelConnection.sync().getMasterAddrByName(MASTER_NAME);
    return address instanceof InetSocketAddress inet ? inet.getPort() : -1;
  }

  /** {@code SENTINEL FAILOVER}, repeated (bounded) while the Sentinel has no replica it deems fit to promote yet. */
  void failover(long deadlineNanos) {
    await("the Sentinel to accept SENTINEL FAILOVER", deadlineNanos,
        () -> "OK".equals(sentinelConnection.sync().failover(MASTER_NAME)));
  }

  /** Commands on the node at {@code port} alone, over a connection of its own. */
  RedisCommands<String, String> node(int port) {
    return nodes.computeIfAbsent(port, p -> client.connect(RedisURI.builder().withHost("127.0.0.1").withPort(p)
        .withTimeout(REPLY).build())).sync();
  }

  /** The {@code role} line of {@code INFO replication} of the node at {@code port}: {@code master} or {@code slave}. */
  String role(int port) {
    String info = node(port).info("replication");
    int start = info.indexOf("role:") + "role:".length();
    int end = info.indexOf('\r', start);
    return info.substring(start, end < 0 ? info.length() : end).trim();
  }

  /**
   * Waits, polling every 50 ms, until {@code condition} holds; a {@link RedisException} while polling (a node is
   * restarting or dropped the connection) counts as not yet.
   *
   * @throws IllegalStateException naming {@code what} if the deadline passes first
   */
  static void await(String what, long deadlineNanos, BooleanSupplier condition) {
    RedisException last = null;
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RedisException e) {
        last = e;
      }
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new IllegalStateException("timed out waiting for " + what, last);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
  }

  @Override
  public void close() {
    if (sentinelConnection != null) {
      sentinelConnection.close();
    }
    nodes.values().forEach(StatefulRedisConnection::close);
    client.shutdown();
    sentinel.close();
    replicas.forEach(RedisServerProcess::close);
    master.close();
  }
}
