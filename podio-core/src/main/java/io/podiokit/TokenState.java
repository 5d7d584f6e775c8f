package io.podiokit;

/**
 * Where a session stands at a given instant; {@link RefreshPolicy#stateOf(Session, java.time.Instant)} decides.
 * <pre>
 *  ABSENT ──authenticate──▶ FRESH ──refresh margin──▶ STALE ──expiry margin──▶ EXPIRED
 *                             ▲                          │ (served, refreshed      │ (callers wait for
 *                             └────────refreshed─────────┴──  in the background)  ─┘   the refresh)
 *  EXPIRED/STALE ──invalid_grant, or no refresh token, or refresh token lapsed──▶ DEAD
 *  DEAD ──app/password: replayed──▶ FRESH;   DEAD ──authorization code/implicit: marked dead, kept──▶ authorize again
 * </pre>
 */
public enum TokenState {
  /** Nothing stored: authenticate. */
  ABSENT,
  /** Usable, not yet due for refresh. */
  FRESH,
  /** Still usable, inside the refresh margin: served while one refresh runs in the background. */
  STALE,
  /** Inside the expiry margin or past expiry: callers wait for the refresh. */
  EXPIRED,
  /**
   * Past expiry (or rejected by Podio) and cannot be refreshed: no refresh token, or it has lapsed. The session is
   * marked dead in the store (its refresh token dropped), not deleted; only signing out deletes it.
   */
  DEAD;

  /** {@return whether a session in this state can serve API calls, at once or after a refresh} */
  public boolean authenticated() {
    return this == FRESH || this == STALE || this == EXPIRED;
  }
}
