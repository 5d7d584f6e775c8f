package io.podiokit;

/** The one placeholder that stands for a secret in every {@code toString()} and message. */
final class Redaction {
  static final String REDACTED = "<redacted>";

  private Redaction() {}

  static String ifPresent(@org.jspecify.annotations.Nullable String secret) {
    return secret == null ? "null" : REDACTED;
  }
}
