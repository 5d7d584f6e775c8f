package io.podiokit.session.redis;

import io.podiokit.SessionStore;
import io.podiokit.SessionStoreProvider;
import java.util.Set;

/**
 * Opens a {@link RedisSessionStore} for {@code redis://}, {@code rediss://}, {@code redis-sentinel://},
 * {@code rediss-sentinel://}, {@code redis-cluster://} and {@code rediss-cluster://} URIs through
 * {@link io.podiokit.SessionStores#open(String)}.
 */
public final class RedisSessionStoreProvider implements SessionStoreProvider {

  /** Called by {@link java.util.ServiceLoader}. */
  public RedisSessionStoreProvider() {}

  @Override
  public Set<String> schemes() {
    return RedisTarget.SCHEMES;
  }

  @Override
  public SessionStore open(String uri) {
    return RedisSessionStore.open(uri);
  }
}
