package io.podiokit.http.retrofit;

import java.io.IOException;

/** A successful response whose body is not the JSON asked for; the message says what it was instead. */
final class UnreadableBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  UnreadableBodyException(String whatItWas, Throwable cause) {
    super(whatItWas, cause);
  }

  UnreadableBodyException(String whatItWas) {
    super(whatItWas);
  }
}
