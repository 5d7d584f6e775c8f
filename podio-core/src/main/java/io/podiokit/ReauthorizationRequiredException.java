package io.podiokit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A session from the server-side or client-side flow died (its refresh token was refused) and only the user can
 * revive it: send them to {@link #authorizationRequest()}'s URL. The stored session was marked dead (no refresh token,
 * kept only until its access token expired), so {@link Authentication#isAuthenticated()} is false for it.
 */
public class ReauthorizationRequiredException extends AuthException {
  private static final long serialVersionUID = 1L;

  /** Whose session died. */
  private final SessionKey key;
  private final transient @Nullable AuthorizationRequest authorizationRequest;

  /**
   * Creates the exception.
   *
   * @param key whose session
   * @param authorizationRequest where to send the user again, when reauthorization is configured
   * @param cause the underlying failure, if any
   */
  public ReauthorizationRequiredException(SessionKey key, @Nullable AuthorizationRequest authorizationRequest,
                                          @Nullable Throwable cause) {
    super("reauthorization_required", "The session " + key + " can no longer be refreshed: the user must authorize "
        + "again" + (authorizationRequest == null
            ? " (configure PodioAuth.Builder.reauthorization(redirectUri, scope) to get the URL here)."
            : " at the URL in authorizationRequest()."), null, cause);
    this.key = key;
    this.authorizationRequest = authorizationRequest;
  }

  /** {@return the session that died} */
  public SessionKey key() {
    return key;
  }

  /** {@return where to send the user, when a redirect URI and scope were configured for reauthorization} */
  public Optional<AuthorizationRequest> authorizationRequest() {
    return Optional.ofNullable(authorizationRequest);
  }
}
