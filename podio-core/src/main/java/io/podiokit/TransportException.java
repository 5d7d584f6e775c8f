package io.podiokit;

import org.jspecify.annotations.Nullable;

/**
 * Podio could not be reached, timed out, dropped the connection, or answered something that is not Podio's protocol
 * (an HTML error page from a proxy, an empty or malformed body). Safe to retry for idempotent requests.
 */
public class TransportException extends PodioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param cause the underlying failure, if any
   */
  public TransportException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
