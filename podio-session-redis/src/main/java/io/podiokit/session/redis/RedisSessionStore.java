package io.podiokit.session.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} and {@link RefreshLock} on Redis (standalone, Sentinel or Cluster) through one shared,
 * thread-safe Lettuce connection.
 *
 * <p>Each session is one hash under {@code <prefix>{<SessionKey.encoded()>}} (default prefix
 * {@value #DEFAULT_KEY_PREFIX}) that expires at the session's {@link Session#retainUntil()}; writes and
 * compare-and-set run as Lua scripts, so a write is never half done. The refresh lock is the string key
 * {@code <prefix>{<SessionKey.encoded()>}:lock}, taken with {@code SET NX PX} and released only by its holder. The
 * braces are a Cluster hash tag: a session and its lock live in the same slot. Deleting a session leaves a tombstone
 * hash holding only {@code version} and {@code deleted} until the session would have expired, so versions never repeat.
 *
 * <p>Every failure is a {@link SessionStoreException} whose message names Redis' address (never its password) and
 * says what to do. When Redis goes away, calls fail at once (on a Cluster, after the command timeout); Lettuce
 * reconnects in the background and the store works again within seconds of Redis coming back. An entry that cannot be
 * read is reported, never dropped or overwritten.
 */
public final class RedisSessionStore implements SessionStore, RefreshLock {

  /** The default prefix of every key the store writes. */
  public static final String DEFAULT_KEY_PREFIX = "podio:session:";
  /** The default time each Redis command (and connecting) may take. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  private static final System.Logger LOG = System.getLogger(RedisSessionStore.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LOCK_SUFFIX = ":lock";
  private static final long NOT_STORED = -1;
  private static final long UNREADABLE = -2;
  /** The field that marks a deleted session's tombstone. */
  private static final String DELETED = "deleted";

  /**
   * KEYS[1] session; ARGV[1] PEXPIREAT millis or ''; ARGV[2..] field, value, ... Returns the new version: one more than
   * the stored one (a deleted session's tombstone included), and at least Redis' clock in ms times 1024, so a key that
   * expired starts above every version it had.
   */
  private static final Script SAVE = new Script("""
      local v = redis.call('HGET', KEYS[1], 'version')
      local t = redis.call('TIME')
      local n = (tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)) * 1024
      if v then
        if not string.match(v, '^%d+$') then return -2 end
        n = math.max(tonumber(v) + 1, n)
      elseif redis.call('EXISTS', KEYS[1]) == 1 then
        return -2
      end
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'version', string.format('%d', n), unpack(ARGV, 2))
      if ARGV[1] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
      return n
      """);

  /**
   * KEYS[1] session. Replaces the session by a tombstone holding only its version and {@code deleted}, which expires
   * when the session would have, so the next session of the key gets a greater version.
   */
  private static final Script DELETE = new Script("""
      local v = redis.call('HGET', KEYS[1], 'version')
      if not v or redis.call('HEXISTS', KEYS[1], 'deleted') == 1 then return 0 end
      local ttl = redis.call('PTTL', KEYS[1])
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'version', v, 'deleted', '1')
      if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
      return 1
      """);

  /**
   * KEYS[1] session; ARGV[1] PEXPIREAT millis or ''; ARGV[2] expected version; ARGV[3] new version; ARGV[4..] field,
   * value, ... Returns the new version, -1 when the stored version differs or nothing is stored, -2 when unreadable.
   */
  private static final Script REPLACE = new Script("""
      local v = redis.call('HGET', KEYS[1], 'version')
      if not v then
        if redis.call('EXISTS', KEYS[1]) == 1 then return -2 end
        return -1
      end
      if not string.match(v, '^%d+$') then return -2 end
      if v ~= ARGV[2] or redis.call('HEXISTS', KEYS[1], 'deleted') == 1 then return -1 end
      redis.call('DEL', KEYS[1])
      redis.call('HSET', KEYS[1], 'version', ARGV[3], unpack(ARGV, 4))
      if ARGV[1] ~= '' then redis.call('PEXPIREAT', KEYS[1], ARGV[1]) end
      return tonumber(ARGV[3])
      """);

  /** KEYS[1] lock; ARGV[1] the holder's token. Deletes the lock only if it still holds that token. */
  private static final Script RELEASE = new Script("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
      return 0
      """);

  /** KEYS[1] lock; ARGV[1] the holder's token, ARGV[2] the new time-to-live in ms. Extends the lock only if still ours. */
  private static final Script RENEW = new Script("""
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
      return 0
      """);

  private final Connector connector;
  private final String keyPrefix;
  private final @Nullable Duration commandTimeout;

  private RedisSessionStore(Connector connector, String keyPrefix, @Nullable Duration commandTimeout) {
    this.connector = connector;
    this.keyPrefix = keyPrefix;
    this.commandTimeout = commandTimeout;
  }

  /** {@return a builder for a store; give it a URI or a connection} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a store for {@code uri}, e.g. {@code redis://localhost:6379/0?prefix=myapp:session:&timeout=2s}. The store
   * connects on first use.
   *
* @param uri the store URI: {@code redis://}, {@code rediss://}, {@code redis-sentinel://} or {@code redis-cluster://}
   * @return the store; the caller closes it
   * @throws IllegalArgumentException if the URI is invalid (the message hides its password)
   */
  public static RedisSessionStore open(String uri) {
    return builder().uri(uri).build();
  }

  /**
   * {@return the Redis key of the hash holding {@code key}'s session: {@code <prefix>{<key.encoded()>}}}
   *
   * @param key whose session
   */
  public String redisKey(SessionKey key) {
    Objects.requireNonNull(key, "key == null");
    return keyPrefix + '{' + key.encoded() + '}';
  }

  /**
   * {@return the Redis key of {@code key}'s refresh lock: {@link #redisKey(SessionKey)} followed by {@code :lock}}
   *
   * @param key whose session
   */
  public String lockKey(SessionKey key) {
    return redisKey(key) + LOCK_SUFFIX;
  }

  /** {@return the prefix of every key this store writes} */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** {@return where this store's Redis is, as its messages name it: host and port, never a password} */
  public String address() {
    return connector.address;
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    String redisKey = redisKey(key);
    Map<String, String> hash = run("loading session", redisKey, redis -> redis.hgetall(redisKey));
    if (hash == null || hash.isEmpty() || hash.containsKey(DELETED)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SessionHash.read(key, hash));
    } catch (SessionHash.Unreadable e) {
      throw unreadable(redisKey, e.getMessage());
    }
  }

  @Override
  public Session save(Session session) {
    Objects.requireNonNull(session, "session == null");
    String redisKey = redisKey(session.key());
    List<String> args = new ArrayList<>();
    args.add(SessionHash.expireAtMillis(session.retainUntil()));
    args.addAll(SessionHash.fields(session));
    long version = script(SAVE, "saving session", redisKey, args);
    if (version == UNREADABLE) {
      throw unreadable(redisKey, "its field 'version' is missing or not an integer");
    }
    return session.withVersion(version);
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    Objects.requireNonNull(next, "next == null");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, was " + expectedVersion);
    }
    String redisKey = redisKey(next.key());
    List<String> args = new ArrayList<>();
    args.add(SessionHash.expireAtMillis(next.retainUntil()));
    args.add(Long.toString(expectedVersion));
    args.add(Long.toString(Math.addExact(expectedVersion, 1)));
    args.addAll(SessionHash.fields(next));
    long result = script(REPLACE, "replacing session", redisKey, args);
    if (result == UNREADABLE) {
      throw unreadable(redisKey, "its field 'version' is missing or not an integer");
    }
    return result == NOT_STORED ? Optional.empty() : Optional.of(next.withVersion(result));
  }

  @Override
  public void delete(SessionKey key) {
    script(DELETE, "deleting session", redisKey(key), List.of());
  }

  /**
   * Takes {@code key}'s refresh lock with {@code SET <lock key> <random token> NX PX <ttl>}. Closing the lease deletes
   * the lock only while it still holds this lease's token; if Redis cannot be reached then, the failure is logged and
   * the lock lapses after {@code ttl}.
   */
  @Override
  public Optional<Lease> tryAcquire(SessionKey key, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.toMillis() < 1) {
      throw new IllegalArgumentException("ttl must be at least 1 ms, was " + ttl);
    }
    String lockKey = lockKey(key);
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String owner = HexFormat.of().formatHex(random);
    String reply = run("taking the refresh lock", lockKey,
        redis -> redis.set(lockKey, owner, SetArgs.Builder.nx().px(ttl.toMillis())));
    return "OK".equals(reply) ? Optional.of(new RedisLease(lockKey, owner)) : Optional.empty();
  }

  /** Closes the connection and the client this store opened; a connection given to the builder is left open. */
  @Override
  public void close() {
    connector.close();
  }

  @Override
  public String toString() {
    return "RedisSessionStore[" + connector.address + ", keyPrefix=" + keyPrefix + "]";
  }

  private long script(Script script, String action, String key, List<String> args) {
    String[] keys = {key};
    String[] values = args.toArray(new String[0]);
    Long result = run(action, key, redis -> {
      try {
        return redis.<Long>evalsha(script.sha1, ScriptOutputType.INTEGER, keys, values);
      } catch (RedisNoScriptException e) {
        return redis.<Long>eval(script.text, ScriptOutputType.INTEGER, keys, values);
      }
    });
    return Objects.requireNonNull(result, "script returned nothing");
  }

  private <T> T run(String action, String key, Function<RedisClusterCommands<String, String>, T> command) {
    try {
      return command.apply(connector.commands());
    } catch (RedisException e) {
      throw failure(action, key, e);
    }
  }

  private SessionStoreException failure(String action, String key, RedisException e) {
    String at = "Redis at " + connector.address;
    String message;
    if (e instanceof RedisCommandTimeoutException) {
      message = at + " did not answer within " + (commandTimeout == null ? "the connection's timeout"
          : commandTimeout.toMillis() + " ms") + " while " + action + " " + key + ". Check that Redis is running, "
          + "reachable and not overloaded, or raise the command timeout (URI option 'timeout'); the next call tries "
          + "again.";
    } else if (e instanceof RedisCommandExecutionException) {
      message = at + " refused " + action + " " + key + ": " + e.getMessage() + ". Check the server's configuration "
          + "and that nothing else writes under the key prefix '" + keyPrefix + "'.";
    } else {
      message = at + " is unreachable while " + action + " " + key + " (" + e.getMessage() + "). Check that Redis "
          + "is running and reachable at that address; the store reconnects by itself once it is.";
    }
    return new SessionStoreException(message, e);
  }

  private SessionStoreException unreadable(String redisKey, @Nullable String reason) {
    return new SessionStoreException("The session entry " + redisKey + " in Redis at " + connector.address
        + " is unreadable: " + reason + ". It was left as it is. Delete it (RedisSessionStore.delete, or DEL "
        + redisKey + ") to start a new session, or restore its fields.", null);
  }

  /** A Lua script and its SHA-1, run with EVALSHA and, when Redis does not have it yet, EVAL. */
  private static final class Script {
    final String text;
    final String sha1;

    Script(String text) {
      this.text = text;
      try {
        this.sha1 = HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("this JVM has no SHA-1, which every Java platform must have", e);
      }
    }
  }

  /** A held refresh lock; releasing it twice, or after it lapsed and another holder took it, does nothing. */
  private final class RedisLease implements Lease {
    private final String lockKey;
    private final String owner;
    private final AtomicBoolean released = new AtomicBoolean();

    RedisLease(String lockKey, String owner) {
      this.lockKey = lockKey;
      this.owner = owner;
    }

    @Override
    public boolean renew(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (released.get()) {
        return false;
      }
      return script(RENEW, "renewing the refresh lock", lockKey, List.of(owner, Long.toString(Math.max(1, ttl.toMillis())))) == 1;
    }

    @Override
    public void close() {
      if (!released.compareAndSet(false, true)) {
        return;
      }
      try {
        script(RELEASE, "releasing the refresh lock", lockKey, List.of(owner));
      } catch (SessionStoreException e) {
        LOG.log(System.Logger.Level.WARNING, "Could not release the refresh lock " + lockKey
            + "; it lapses by itself when its time is up. " + e.getMessage());
      }
    }

    @Override
    public String toString() {
      return "RedisLease[" + lockKey + "]";
    }
  }

  /**
   * Builds a {@link RedisSessionStore}. Give it either {@link #uri(String)} (the store opens and owns its client) or a
   * {@link #connection(StatefulRedisConnection) connection} of yours (the store uses it and leaves it open).
   */
  public static final class Builder {
    private @Nullable String uri;
    private @Nullable StatefulConnection<String, String> connection;
    private @Nullable String keyPrefix;
    private @Nullable Duration commandTimeout;

    private Builder() {}

    /**
     * Where Redis is: {@code redis://[[user]:password@]host[:port][/database]}, {@code rediss://...} (TLS),
     * {@code redis-sentinel://[[user]:password@]host[:port][,host[:port]...][/database]#master} or
     * {@code redis-cluster://[[user]:password@]host[:port][,host[:port]...]} (also {@code ?cluster=true}), with the
     * options {@code prefix}, {@code timeout} and Lettuce's own. Settings made on this builder win over the URI's.
     *
     * @param uri the Redis URI, in one of the forms above
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = Objects.requireNonNull(uri, "uri == null");
      return this;
    }

    /**
     * Uses this standalone or Sentinel connection; the store does not close it.
     *
     * @param connection the application's connection
     * @return this builder
     */
    public Builder connection(StatefulRedisConnection<String, String> connection) {
      this.connection = Objects.requireNonNull(connection, "connection == null");
      return this;
    }

    /**
     * Uses this Cluster connection; the store does not close it.
     *
     * @param connection the application's Cluster connection
     * @return this builder
     */
    public Builder connection(StatefulRedisClusterConnection<String, String> connection) {
      this.connection = Objects.requireNonNull(connection, "connection == null");
      return this;
    }

    /**
     * The prefix of every key, default {@value RedisSessionStore#DEFAULT_KEY_PREFIX}; not empty, without '{' or '}'.
     *
     * @param keyPrefix the prefix of every key
     * @return this builder
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = RedisTarget.checkKeyPrefix(keyPrefix);
      return this;
    }

    /**
     * How long connecting and each command may take before the call fails, default 2 s. Only for a store built from
     * a URI: a connection given to {@link #connection(StatefulRedisConnection)} keeps its own timeout.
     *
     * @param commandTimeout how long connecting and each command may take before the call fails, default 2 s
     * @return this builder
     */
    public Builder commandTimeout(Duration commandTimeout) {
      this.commandTimeout = RedisTarget.checkTimeout(commandTimeout);
      return this;
    }

    /**
     * The store. It connects on first use, so it can be built while Redis is down.
     *
     * @return the store
     * @throws IllegalStateException if neither or both of a URI and a connection were given, or a command timeout
     *     was given with a connection
     * @throws IllegalArgumentException if the URI is invalid (the message hides its password)
     */
    public RedisSessionStore build() {
      if (uri == null && connection == null) {
        throw new IllegalStateException("RedisSessionStore needs to know where Redis is: call uri(\"redis://host:port"
            + "\") or connection(...) before build()");
      }
      if (uri != null && connection != null) {
        throw new IllegalStateException("RedisSessionStore got both uri(...) and connection(...); give only one");
      }
      if (connection != null) {
        if (commandTimeout != null) {
          throw new IllegalStateException("commandTimeout(...) applies to a store built from a URI; set the timeout "
              + "on the connection you pass instead (connection.setTimeout)");
        }
        return new RedisSessionStore(Connector.of(connection),
            keyPrefix != null ? keyPrefix : DEFAULT_KEY_PREFIX, null);
      }
      RedisTarget target = RedisTarget.parse(Objects.requireNonNull(uri));
      String prefix = keyPrefix != null ? keyPrefix : target.keyPrefix != null ? target.keyPrefix : DEFAULT_KEY_PREFIX;
      Duration timeout = commandTimeout != null ? commandTimeout
          : target.timeout != null ? target.timeout : DEFAULT_COMMAND_TIMEOUT;
      return new RedisSessionStore(Connector.open(target, timeout), prefix, timeout);
    }
  }
}
