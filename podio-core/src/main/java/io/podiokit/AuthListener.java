package io.podiokit;

/**
 * Hears what happens to sessions, to log or measure without patching the library. Every method has an empty default;
 * implement those you need. Called on the thread that caused the event; must be quick and must not throw
 * (an exception is logged and ignored).
 */
public interface AuthListener {

  /**
   * A new session was obtained with {@code origin}'s grant and stored.
   *
   * @param key whose session
   * @param origin the kind of grant the session came from
   */
  default void authenticated(SessionKey key, GrantKind origin) {}

  /**
   * The session's token was refreshed by this process and stored.
   *
   * @param key whose session
   */
  default void refreshed(SessionKey key) {}

  /**
   * A newer token written by another process (or thread) was adopted instead of refreshing.
   *
   * @param key whose session
   */
  default void adopted(SessionKey key) {}

  /**
   * A refresh failed; the stored session was left as it was.
   *
   * @param key whose session
   * @param error why it failed
   */
  default void refreshFailed(SessionKey key, PodioException error) {}

  /**
   * A dead session was replaced by replaying its app or password grant.
   *
   * @param key whose session
   */
  default void reauthenticated(SessionKey key) {}

  /**
   * The session ended: signed out (removed from the store), or dead and not replayable (marked dead).
   *
   * @param key whose session
   */
  default void signedOut(SessionKey key) {}
}
