package io.podiokit.session.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.podiokit.SessionStoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one shared connection of a store. A store built from a URI owns its client and connects on first use (so it can
 * be opened while Redis is down); Lettuce then reconnects by itself. On standalone and Sentinel connections, commands
 * sent while disconnected are rejected at once. A Cluster connection opens its per-node connections lazily, and
 * Lettuce would reject every command that waits for one, so there commands wait for the connection instead, up to the
 * command timeout; Lettuce drops a timed-out command from its queue, so it is never sent after its caller was told it
 * failed. Reconnect
 * attempts back off exponentially up to {@value #MAX_RECONNECT_DELAY_SECONDS} s, so the store is back within that
 * time once Redis is.
 */
final class Connector implements AutoCloseable {

  /** The least time allowed for connecting, whatever the command timeout. */
  static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(10);


  private static final Duration TOPOLOGY_REFRESH = Duration.ofSeconds(30);
  static final int MAX_RECONNECT_DELAY_SECONDS = 5;

  final String address;
  /** Starts one connection attempt; null for a connection the application gave. */
  private final @Nullable Supplier<CompletableFuture<? extends StatefulConnection<String, String>>> connect;
  /** How long a caller who joins the shared connection attempt waits for it: the command timeout. */
  private final Duration wait;
  /** How long the caller who starts the attempt waits for it: the connect timeout. */
  private final Duration connectWait;
  /** The attempt in progress, shared by every caller until it ends. */
  private @Nullable CompletableFuture<StatefulConnection<String, String>> connecting;
  private final @Nullable AbstractRedisClient client;
  private final @Nullable ClientResources resources;
  private @Nullable StatefulConnection<String, String> connection;
  private volatile @Nullable RedisClusterCommands<String, String> commands;
  private volatile boolean closed;

  private Connector(String address,
                    @Nullable Supplier<CompletableFuture<? extends StatefulConnection<String, String>>> connect,
                    Duration wait, Duration connectWait, @Nullable AbstractRedisClient client, @Nullable ClientResources resources,
                    @Nullable StatefulConnection<String, String> connection) {
    this.address = address;
    this.connect = connect;
    this.wait = wait;
    this.connectWait = connectWait;
    this.client = client;
    this.resources = resources;
    this.connection = connection;
    this.commands = connection == null ? null : sync(connection);
  }

  /**
   * A connector that owns a client for {@code target}, with {@code timeout} for each command and at least
   * {@link #MIN_CONNECT_TIMEOUT} for connecting (a cold JVM's first connection, handshake included, can take longer
   * than a command should).
   */
  static Connector open(RedisTarget target, Duration timeout) {
    Duration connectTimeout = timeout.compareTo(MIN_CONNECT_TIMEOUT) > 0 ? timeout : MIN_CONNECT_TIMEOUT;
    for (RedisURI uri : target.uris) {
      uri.setTimeout(connectTimeout);
    }
    SocketOptions socket = SocketOptions.builder().connectTimeout(connectTimeout).build();
    TimeoutOptions timeouts = TimeoutOptions.enabled(timeout);
    ClientResources resources = ClientResources.builder()
        .reconnectDelay(Delay.exponential(Duration.ZERO, Duration.ofSeconds(MAX_RECONNECT_DELAY_SECONDS), 2,
            TimeUnit.MILLISECONDS))
        .build();
    if (target.mode == RedisTarget.Mode.CLUSTER) {
      RedisClusterClient cluster = RedisClusterClient.create(resources, target.uris);
      cluster.setOptions(ClusterClientOptions.builder()
          .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
          .socketOptions(socket)
          .timeoutOptions(timeouts)
          .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
              .enablePeriodicRefresh(TOPOLOGY_REFRESH)
              .enableAllAdaptiveRefreshTriggers()
              .build())
          .build());
      return new Connector(target.address,
          () -> inThisThread(() -> timed(cluster.connect(), timeout)), timeout, connectTimeout, cluster,
          resources, null);
    }
    RedisClient standalone = RedisClient.create(resources);
    standalone.setOptions(ClientOptions.builder()
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .socketOptions(socket)
        .timeoutOptions(timeouts)
        .build());
    RedisURI uri = target.uris.get(0);
    return new Connector(target.address,
        () -> standalone.connectAsync(StringCodec.UTF8, uri).toCompletableFuture().thenApply(c -> timed(c, timeout)),
        timeout, connectTimeout, standalone, resources, null);
  }

  /** A connector over a connection the application owns; closing the store leaves it open. */
  static Connector of(StatefulConnection<String, String> connection) {
    return new Connector("the Redis connection given to RedisSessionStore.builder().connection(...)", null,
        Duration.ZERO, Duration.ZERO, null, null, connection);
  }

  /**
   * The commands of the shared connection, connecting first if need be. Callers share one connection attempt: the
   * one who starts it waits at most the connect timeout, the others at most the command timeout; the first caller
   * after it failed starts the next.
   *
   * @throws io.lettuce.core.RedisException if connecting fails or takes longer than the command timeout
   * @throws SessionStoreException if the store is closed
   */
  RedisClusterCommands<String, String> commands() {
    RedisClusterCommands<String, String> current = commands;
    if (current != null && !closed) {
      return current;
    }
    CompletableFuture<StatefulConnection<String, String>> attempt;
    boolean starter = false;
    synchronized (this) {
      if (closed) {
        throw new SessionStoreException("The Redis session store for " + address + " is closed; open a new one.",
            null);
      }
      current = commands;
      if (current != null) {
        return current;
      }
      attempt = connecting;
      if (attempt == null) {
        starter = true;
        attempt = new CompletableFuture<StatefulConnection<String, String>>();
        connecting = attempt;
      }
    }
    if (starter) {
      start(attempt);
    }
    try {
      // The caller that starts the attempt waits as long as connecting may take (a cold JVM's first connection can
      // take seconds); callers who join it wait no longer than their command timeout.
      Duration waitFor = starter ? connectWait : wait;
      StatefulConnection<String, String> opened = attempt.get(waitFor.toNanos(), TimeUnit.NANOSECONDS);
      RedisClusterCommands<String, String> ready = commands;
      return ready != null ? ready : sync(opened);
    } catch (TimeoutException e) {
      throw new RedisConnectionException("could not connect within " + (starter ? connectWait : wait).toMillis()
          + " ms", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisConnectionException("interrupted while connecting", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RedisException redis ? redis
          : new RedisConnectionException(String.valueOf(cause == null ? e : cause.getMessage()), cause);
    }
  }

  /** Starts connecting outside the lock (the client's first use can take seconds), completing {@code attempt}. */
  private void start(CompletableFuture<StatefulConnection<String, String>> attempt) {
    attempt.whenComplete((opened, failure) -> connected(attempt, opened));
    try {
      Objects.requireNonNull(connect, "connect").get().whenComplete((opened, failure) -> {
        if (failure != null) {
          attempt.completeExceptionally(failure);
        } else {
          attempt.complete(opened);
        }
      });
    } catch (RuntimeException e) {
      attempt.completeExceptionally(e);
    }
  }

  private synchronized void connected(CompletableFuture<StatefulConnection<String, String>> attempt,
                                      @Nullable StatefulConnection<String, String> opened) {
    if (connecting == attempt) {
      connecting = null;
    }
    if (opened == null) {
      return;
    }
    if (closed) {
      opened.closeAsync();
      return;
    }
    connection = opened;
    commands = sync(opened);
  }

  @Override
  public void close() {
    StatefulConnection<String, String> open;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      open = connection;
    }
    if (client != null) {
      if (open != null) {
        open.close();
      }
      client.shutdown();
    }
    if (resources != null) {
      resources.shutdown();
    }
  }

  /**
   * Connects in the calling thread (the caller who starts the attempt, outside the lock): a Cluster connection loads
   * the topology first, which the client does only on its synchronous path.
   */
  private static CompletableFuture<StatefulConnection<String, String>> inThisThread(
      Supplier<StatefulConnection<String, String>> connect) {
    try {
      return CompletableFuture.completedFuture(connect.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static <C extends StatefulConnection<String, String>> C timed(C connection, Duration timeout) {
    connection.setTimeout(timeout);
    return connection;
  }

  private static RedisClusterCommands<String, String> sync(StatefulConnection<String, String> connection) {
    if (connection instanceof StatefulRedisClusterConnection<String, String> cluster) {
      return cluster.sync();
    }
    if (connection instanceof StatefulRedisConnection<String, String> standalone) {
      return standalone.sync();
    }
    throw new IllegalArgumentException("unsupported connection type " + connection.getClass().getName()
        + "; pass a StatefulRedisConnection or a StatefulRedisClusterConnection");
  }
}
