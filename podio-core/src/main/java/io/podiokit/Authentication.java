package io.podiokit;

import java.util.Optional;

/**
 * One authentication (an app, a password login, or one of your users) of a {@link PodioAuth}. Cheap to create,
 * holds no state of its own (the session lives in the store), safe to share between threads.
 */
public final class Authentication {

  private final SessionKey key;
  private final TokenManager manager;

  Authentication(SessionKey key, TokenManager manager) {
    this.key = key;
    this.manager = manager;
  }

  /** {@return whose session this is} */
  public SessionKey key() {
    return key;
  }

  /**
   * A valid access token: the stored one while fresh; the stored one while a background refresh runs when stale;
   * a refreshed one (waiting at most {@link RefreshPolicy#refreshTimeout()}) when expired. Exactly one refresh per
   * session runs at a time in this process, and across processes when the store offers a {@link RefreshLock}.
   *
   * @return an access token to send as {@code Authorization: OAuth2 <token>}
   * @throws NotAuthenticatedException if nothing is stored and no grant is known
   * @throws ReauthorizationRequiredException if the session died and only the user can revive it
   * @throws TokenRefreshTimeoutException if the refresh took too long (the session is kept)
   */
  public String accessToken() {
    return manager.accessToken(key);
  }

  /**
   * Podio refused {@code rejectedAccessToken} (HTTP 401): returns the token to retry with, refreshing only if the
   * store still holds that same token. A newer token already stored is never replaced.
   *
   * @param rejectedAccessToken the access token Podio answered 401 to
   * @return the token to retry with, never {@code rejectedAccessToken}
   */
  public String accessTokenAfterRejection(String rejectedAccessToken) {
    return manager.accessTokenAfterRejection(key, rejectedAccessToken);
  }

  /**
   * Refreshes now, whatever the token's state, and returns the stored result.
   *
   * @return the stored session after the refresh
   */
  public Session refresh() {
    return manager.refreshNow(key);
  }

  /**
   * Whether the store holds a session that is usable now or can be refreshed (FRESH, STALE or EXPIRED).
   * Never true for an expired session that cannot be refreshed.
   *
   * @return whether calls can be made as this session
   */
  public boolean isAuthenticated() {
    return manager.state(key).authenticated();
  }

  /** {@return the session's state now} */
  public TokenState state() {
    return manager.state(key);
  }

  /** {@return the stored session, if any} */
  public Optional<Session> session() {
    return manager.load(key);
  }

  /** {@return whom the token acts as, if known} */
  public Optional<TokenRef> ref() {
    return manager.load(key).map(s -> s.token().ref());
  }

  /** Deletes the session from the store and forgets any remembered grant. */
  public void signOut() {
    manager.signOut(key);
  }

  @Override
  public String toString() {
    return "Authentication[" + key + "]";
  }
}
