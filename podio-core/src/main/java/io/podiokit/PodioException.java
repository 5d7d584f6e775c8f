package io.podiokit;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception podiokit throws. Unchecked. Messages say what happened and what to do, and never
 * contain a token, a secret, an app token or a password.
 */
public class PodioException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable PodioError error;

  public PodioException(String message) {
    this(message, null, null);
  }

  public PodioException(String message, @Nullable Throwable cause) {
    this(message, null, cause);
  }

  public PodioException(String message, @Nullable PodioError error, @Nullable Throwable cause) {
    super(message, cause);
    this.error = error;
  }

  /** What happened and what to do: every podiokit exception has a message. */
  @Override
  public String getMessage() {
    return Objects.requireNonNullElse(super.getMessage(), getClass().getName());
  }

  /** Podio's parsed error body, when the failure came with one. */
  public Optional<PodioError> error() {
    return Optional.ofNullable(error);
  }
}
