package io.podiokit;

import org.jspecify.annotations.Nullable;

/** Podio answered {@code invalid_grant}: the code, refresh token, app token or password is wrong, used or revoked. */
public class InvalidGrantException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param error Podio's parsed error body, if any
   */
  public InvalidGrantException(String message, @Nullable PodioError error) {
    super("invalid_grant", message, error, null);
  }
}
