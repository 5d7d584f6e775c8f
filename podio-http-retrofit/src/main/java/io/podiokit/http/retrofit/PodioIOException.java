package io.podiokit.http.retrofit;

import io.podiokit.PodioException;
import java.io.IOException;
import java.util.Objects;

/**
 * Carries a {@link PodioException} through OkHttp, whose interceptors may only throw {@link IOException}s (a runtime
 * exception thrown there would kill an asynchronous call's dispatcher thread). Unwrapped before it reaches a caller
 * of a typed service or of {@link PodioApi}'s raw calls.
 */
final class PodioIOException extends IOException {
  private static final long serialVersionUID = 1L;

  PodioIOException(PodioException cause) {
    super(cause.getMessage(), cause);
  }

  PodioException podio() {
    return (PodioException) Objects.requireNonNull(getCause());
  }
}
