package io.podiokit;

import org.jspecify.annotations.Nullable;

/** The user pressed Deny on Podio's authorization page ({@code error=access_denied} on the callback). */
public class AuthorizationDeniedException extends AuthException {
  private static final long serialVersionUID = 1L;

  /** {@code error_reason} from the callback, if any. */
  private final @Nullable String reason;
  /** {@code error_description} from the callback, if any. */
  private final @Nullable String description;

  /**
   * Creates the exception.
   *
   * @param error {@code error} from the callback, e.g. {@code access_denied}
   * @param reason {@code error_reason} from the callback, if any
   * @param description {@code error_description} from the callback, if any
   */
  public AuthorizationDeniedException(String error, @Nullable String reason, @Nullable String description) {
    super(error, "The user did not authorize the app (" + error + (reason == null ? "" : ", " + reason) + ")"
        + (description == null ? "" : ": " + description) + ". Offer to start the authorization again.");
    this.reason = reason;
    this.description = description;
  }

  /** {@return {@code error_reason} from the callback, e.g. {@code user_denied}} */
  public @Nullable String reason() {
    return reason;
  }

  /** {@return {@code error_description} from the callback} */
  public @Nullable String description() {
    return description;
  }
}
