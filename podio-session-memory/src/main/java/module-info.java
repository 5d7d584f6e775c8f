/**
 * An in-process {@link io.podiokit.SessionStore} on Caffeine: bounded in size, each session expiring at its own
 * {@link io.podiokit.Session#retainUntil()}. Open it with {@code SessionStores.open("memory:")} or build a
 * {@link io.podiokit.session.memory.CaffeineSessionStore}.
 */
module io.podiokit.session.memory {
  requires transitive io.podiokit.core;
  requires com.github.benmanes.caffeine;
  requires static org.jspecify;

  exports io.podiokit.session.memory;

  provides io.podiokit.SessionStoreProvider with io.podiokit.session.memory.CaffeineSessionStoreProvider;
}
