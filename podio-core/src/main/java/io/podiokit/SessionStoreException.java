package io.podiokit;

import org.jspecify.annotations.Nullable;

/**
 * The session store failed (unreachable, timed out, refused the write, held unreadable data). What it held is
 * unchanged. The message names the store's address, never its password.
 */
public class SessionStoreException extends PodioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param cause the underlying failure, if any
   */
  public SessionStoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
