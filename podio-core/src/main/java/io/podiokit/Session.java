package io.podiokit;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored authentication: a token, whose it is, how it was obtained, and a version for compare-and-set.
 *
 * @param key whose session this is
 * @param token the current token
 * @param origin the grant the session was first obtained with
 * @param version the store's version of this session; 0 for a session not yet stored
 * @param updatedAt when this session was last written
 * @param retainUntil after this instant the session is useless (its refresh token has lapsed) and a store may drop it
 */
public record Session(SessionKey key, Token token, GrantKind origin, long version, Instant updatedAt,
                      Instant retainUntil) {

  /**
   * Creates the record, checking its components.
   *
   * @param key whose session this is
   * @param token the current token
   * @param origin the grant the session was first obtained with
   * @param version the store's version of this session; 0 for a session not yet stored
   * @param updatedAt when this session was last written
   * @param retainUntil after this instant the session is useless (its refresh token has lapsed) and a store may drop it
   */
  public Session {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(origin, "origin == null");
    Objects.requireNonNull(updatedAt, "updatedAt == null");
    Objects.requireNonNull(retainUntil, "retainUntil == null");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, was " + version);
    }
  }

  /**
   * {@return this session with another version; stores use it to hand back what they wrote}
   *
   * @param newVersion the version the store gave it
   */
  public Session withVersion(long newVersion) {
    return new Session(key, token, origin, newVersion, updatedAt, retainUntil);
  }
}
