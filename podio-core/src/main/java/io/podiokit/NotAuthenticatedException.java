package io.podiokit;

/** No session is stored for this key and the library knows no grant to create one: authenticate first. */
public class NotAuthenticatedException extends PodioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param key whose session
   */
  public NotAuthenticatedException(SessionKey key) {
    super("No session for " + key + ": authenticate first (authenticateWithApp, authenticateWithPassword or the "
        + "authorization flow).");
  }
}
