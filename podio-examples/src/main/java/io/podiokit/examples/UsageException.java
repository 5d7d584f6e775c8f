package io.podiokit.examples;

/** A setting is missing or wrong: the message says which and how to set it. The examples exit with status 2. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A usage error with the message to show. */
  public UsageException(String message) {
    super(message);
  }
}
