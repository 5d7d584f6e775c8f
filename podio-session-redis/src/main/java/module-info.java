/**
 * {@link io.podiokit.SessionStore} and {@link io.podiokit.RefreshLock} on Redis through Lettuce: standalone, Sentinel
 * and Cluster. Opened by URI ({@code redis://}, {@code rediss://}, {@code redis-sentinel://}, {@code redis-cluster://})
 * through {@link io.podiokit.SessionStores} or built with {@link io.podiokit.session.redis.RedisSessionStore#builder()}.
 */
module io.podiokit.session.redis {
  requires transitive io.podiokit.core;
  requires transitive lettuce.core;
  // Lettuce is an automatic module and Netty's jars are explicit ones, so nothing else would resolve them on the
  // module path: name them here, so an application needs no --add-modules.
  requires io.netty.handler;
  requires io.netty.resolver.dns;
  requires static org.jspecify;

  exports io.podiokit.session.redis;

  provides io.podiokit.SessionStoreProvider with io.podiokit.session.redis.RedisSessionStoreProvider;
}
