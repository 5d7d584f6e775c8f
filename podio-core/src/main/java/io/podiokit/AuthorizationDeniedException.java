package io.podiokit;

import org.jspecify.annotations.Nullable;

/** The user pressed Deny on Podio's authorization page ({@code error=access_denied} on the callback). */
public class AuthorizationDeniedException extends AuthException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String reason;
  private final @Nullable String description;

  public AuthorizationDeniedException(String error, @Nullable String reason, @Nullable String description) {
    super(error, "The user did not authorize the app (" + error + (reason == null ? "" : ", " + reason) + ")"
        + (description == null ? "" : ": " + description) + ". Offer to start the authorization again.");
    this.reason = reason;
    this.description = description;
  }

  /** {@code error_reason} from the callback, e.g. {@code user_denied}. */
  public @Nullable String reason() {
    return reason;
  }

  /** {@code error_description} from the callback. */
  public @Nullable String description() {
    return description;
  }
}
