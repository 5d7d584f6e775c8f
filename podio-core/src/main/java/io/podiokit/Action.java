package io.podiokit;

/** What the token manager does for a caller who needs an access token; see {@link #decide(TokenState, boolean)}. */
enum Action {
  /** Serve the stored token. */
  USE,
  /** Serve the stored token and start one refresh in the background. */
  USE_AND_REFRESH,
  /** Wait (bounded) for one refresh, then serve its token. */
  REFRESH_AND_WAIT,
  /** Replay the remembered app or password grant and serve the new token. */
  REPLAY_GRANT,
  /** Mark the session dead in the store (never delete it) and ask for the user to authorize again. */
  REQUIRE_REAUTHORIZATION,
  /** Nothing to serve and nothing to replay. */
  REQUIRE_AUTHENTICATION;

  /** The transition rule: a pure function of the state and whether a replayable grant is known. */
  static Action decide(TokenState state, boolean canReplay) {
    return switch (state) {
      case FRESH -> USE;
      case STALE -> USE_AND_REFRESH;
      case EXPIRED -> REFRESH_AND_WAIT;
      case DEAD -> canReplay ? REPLAY_GRANT : REQUIRE_REAUTHORIZATION;
      case ABSENT -> canReplay ? REPLAY_GRANT : REQUIRE_AUTHENTICATION;
    };
  }
}
