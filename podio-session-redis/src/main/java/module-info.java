/**
 * {@link io.podiokit.SessionStore} and {@link io.podiokit.RefreshLock} on Redis through Lettuce: standalone, Sentinel
 * and Cluster. Opened by URI ({@code redis://}, {@code rediss://}, {@code redis-sentinel://}, {@code redis-cluster://})
 * through {@link io.podiokit.SessionStores} or built with {@link io.podiokit.session.redis.RedisSessionStore#builder()}.
 */
module io.podiokit.session.redis {
  requires transitive io.podiokit.core;
  requires transitive lettuce.core;
  requires static org.jspecify;

  exports io.podiokit.session.redis;

  provides io.podiokit.SessionStoreProvider with io.podiokit.session.redis.RedisSessionStoreProvider;
}
