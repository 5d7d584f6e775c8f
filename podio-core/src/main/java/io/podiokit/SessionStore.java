package io.podiokit;

import java.util.Optional;

/**
 * Port: where sessions live between calls, runs and processes. Adapters: {@code podio-session-memory},
 * {@code podio-session-redis}, {@code podio-session-jdbc}; open one by URI with {@link SessionStores#open(String)}.
 *
 * <p>Every implementation must be safe for concurrent use and pass the contract suite in {@code podio-testkit}
 * ({@code io.podiokit.testkit.SessionStoreContract}). Versions are assigned by the store and strictly increase per
 * key, across deletes and expiry too: a session written after the key was deleted or expired gets a version greater
 * than any the key had before, so a compare-and-set prepared against an earlier authorization never succeeds against
 * a later one. (The stores of podiokit keep a deleted key's last version for as long as the session would have been
 * retained, and start a key that has no trace at a version taken from the store's clock.) A store that is unreachable throws {@link SessionStoreException} and
 * leaves what it holds unchanged. A store may drop a session after its {@link Session#retainUntil()}.
 */
public interface SessionStore extends AutoCloseable {

  /**
   * {@return the session stored under {@code key}, if any}
   *
   * @param key whose session
   */
  Optional<Session> load(SessionKey key);

  /**
   * Writes {@code session} under its key whatever is there, and returns it with the version the store gave it:
   * greater than any version the key had before. The version of the argument is ignored.
   *
   * @param session the session
   * @return {@code session} with its new version
   */
  Session save(Session session);

  /**
   * Compare-and-set: writes {@code next} under its key only if the stored session has {@code expectedVersion}, and
   * returns it with a version greater than {@code expectedVersion} (podiokit's stores give
   * {@code expectedVersion + 1}); returns empty, writing nothing, if the stored version differs
   * or nothing is stored.
   *
   * @param expectedVersion the version the caller read
   * @param next the session to write
   * @return {@code next} with its new version, or empty if the stored version was not {@code expectedVersion}
   */
  Optional<Session> replace(long expectedVersion, Session next);

  /**
   * Removes the session stored under {@code key}; does nothing if there is none.
   *
   * @param key whose session
   */
  void delete(SessionKey key);

  /**
   * The store's {@link RefreshLock}, when it can coordinate refreshes across processes. The default is this store
   * itself when it implements {@link RefreshLock}; decorators return their delegate's.
   *
   * @return the store's refresh lock, or empty if it cannot coordinate processes
   */
  default Optional<RefreshLock> refreshLock() {
    return this instanceof RefreshLock lock ? Optional.of(lock) : Optional.empty();
  }

  /** Releases the store's connections. The default does nothing. */
  @Override
  default void close() {}
}
