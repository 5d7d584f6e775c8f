package io.podiokit;

/**
 * An authorization callback that cannot be trusted or used: the {@code state} is missing or does not match the one
 * sent (a forged or replayed callback), or the code or token is missing. Nothing was exchanged or stored.
 */
public class InvalidCallbackException extends AuthException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   */
  public InvalidCallbackException(String message) {
    super("invalid_callback", message);
  }
}
