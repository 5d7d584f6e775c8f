package io.podiokit.session.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Redis Cluster of three masters on loopback: three {@code redis-server} processes with cluster mode on, joined
 * with {@code CLUSTER MEET}, the 16384 slots split between them with {@code CLUSTER ADDSLOTS}.
 */
final class LocalRedisCluster implements AutoCloseable {

  private static final int SLOTS = 16384;
  private static final Duration FORMING = Duration.ofSeconds(60);

  private final List<RedisServerProcess> nodes = new ArrayList<>();
  private final RedisClient client = RedisClient.create();
  private final List<StatefulRedisConnection<String, String>> connections = new ArrayList<>();

  /** Starts the nodes, joins them and waits, bounded, until every node reports {@code cluster_state:ok}. */
  static LocalRedisCluster start() {
    LocalRedisCluster cluster = new LocalRedisCluster();
    try {
      cluster.form();
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void form() {
    for (int i = 0; i < 3; i++) {
      RedisServerProcess node = RedisServerProcess.onFreePort("--cluster-enabled", "yes",
          "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000");
      nodes.add(node);
      node.start();
      connections.add(client.connect(RedisURI.create("127.0.0.1", node.port)));
    }
    for (RedisServerProcess node : nodes.subList(1, nodes.size())) {
      node(0).clusterMeet("127.0.0.1", node.port);
    }
    for (int i = 0; i < nodes.size(); i++) {
      node(i).clusterAddSlots(IntStream.range(firstSlot(i), firstSlot(i + 1)).toArray());
    }
    long deadline = System.nanoTime() + FORMING.toNanos();
    while (!formed()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("the local Redis Cluster did not reach cluster_state:ok within " + FORMING
            + ": " + node(0).clusterInfo());
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
  }

  private boolean formed() {
    for (int i = 0; i < nodes.size(); i++) {
      String info = node(i).clusterInfo();
      if (!info.contains("cluster_state:ok") || !info.contains("cluster_known_nodes:" + nodes.size())) {
        return false;
      }
    }
    return true;
  }

  /** Commands on node {@code index} alone (not cluster-aware). */
  RedisCommands<String, String> node(int index) {
    return connections.get(index).sync();
  }

  /** The index of the node that owns {@code slot}. */
  int nodeOwning(long slot) {
    for (int i = 0; i < nodes.size(); i++) {
      if (slot < firstSlot(i + 1)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no slot " + slot);
  }

  private int firstSlot(int node) {
    return SLOTS * node / nodes.size();
  }

  int size() {
    return nodes.size();
  }

  /** {@code redis-cluster://} with every node as a seed. */
  String uri() {
    return "redis-cluster://" + seeds();
  }

  /** Every node as {@code host:port}, comma-separated. */
  String seeds() {
    return nodes.stream().map(n -> "127.0.0.1:" + n.port).collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    connections.forEach(StatefulRedisConnection::close);
    client.shutdown();
    nodes.forEach(RedisServerProcess::close);
  }

}
