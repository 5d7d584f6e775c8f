package io.podiokit;

import org.jspecify.annotations.Nullable;

/** Podio answered {@code invalid_client}: the client id or client secret is wrong. */
public class InvalidClientException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param error Podio's parsed error body, if any
   */
  public InvalidClientException(String message, @Nullable PodioError error) {
    super("invalid_client", message, error, null);
  }
}
