package io.podiokit.http.retrofit;

import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-process store for these tests: a concurrent map with compare-and-set, as the SessionStore port asks. */
final class MapSessionStore implements SessionStore {

  private final ConcurrentHashMap<SessionKey, Session> sessions = new ConcurrentHashMap<>();

  @Override
  public Optional<Session> load(SessionKey key) {
    return Optional.ofNullable(sessions.get(key));
  }

  @Override
  public Session save(Session session) {
    return sessions.compute(session.key(), (k, old) -> session.withVersion(old == null ? 1 : old.version() + 1));
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    Session[] written = new Session[1];
    sessions.computeIfPresent(next.key(), (k, old) -> {
      if (old.version() != expectedVersion) {
        return old;
      }
      written[0] = next.withVersion(expectedVersion + 1);
      return written[0];
    });
    return Optional.ofNullable(written[0]);
  }

  @Override
  public void delete(SessionKey key) {
    sessions.remove(key);
  }
}
