package io.podiokit;

import java.time.Duration;

/** The token had expired and its refresh did not finish within the configured wait. The stored session is intact. */
public class TokenRefreshTimeoutException extends PodioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param key whose session
   * @param waited how long the caller waited
   */
  public TokenRefreshTimeoutException(SessionKey key, Duration waited) {
    super("Waited " + waited.toMillis() + " ms for the token of " + key + " to be refreshed, without result. Podio or "
        + "the session store is slow or unreachable; the stored session is unchanged, retry later or raise "
        + "RefreshPolicy.refreshTimeout.");
  }
}
