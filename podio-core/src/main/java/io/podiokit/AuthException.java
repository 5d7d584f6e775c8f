package io.podiokit;

import org.jspecify.annotations.Nullable;

/**
 * Podio refused to authenticate: the token endpoint answered an OAuth error ({@code invalid_request},
 * {@code invalid_client}, {@code unsupported_grant_type}, ...), or a flow could not complete.
 * {@link InvalidGrantException} and {@link InvalidClientException} single out the two that need action.
 */
public class AuthException extends PodioException {

  private static final long serialVersionUID = 1L;

  /** The OAuth error code, e.g. {@code invalid_grant}. */
  private final String code;

  /**
   * Creates the exception.
   *
   * @param code the OAuth error code, e.g. {@code invalid_grant}
   * @param message what happened and what to do
   */
  public AuthException(String code, String message) {
    this(code, message, null, null);
  }

  /**
   * Creates the exception.
   *
   * @param code the OAuth error code, e.g. {@code invalid_grant}
   * @param message what happened and what to do
   * @param error Podio's parsed error body, if any
   * @param cause the underlying failure, if any
   */
  public AuthException(String code, String message, @Nullable PodioError error, @Nullable Throwable cause) {
    super(message, error, cause);
    this.code = code;
  }

  /** {@return the OAuth error code, e.g. {@code invalid_grant}} */
  public String code() {
    return code;
  }

  /**
   * {@return the exception that fits Podio's token endpoint error {@code error}}
   *
   * @param error the error body Podio's token endpoint answered with
   * @param grantType the {@code grant_type} that was sent
   */
  public static AuthException fromTokenEndpoint(PodioError error, String grantType) {
    String description = error.description() == null ? "" : ": " + Redaction.external(error.description());
    String code = Redaction.external(error.error());
    return switch (error.error()) {
      case "invalid_grant" -> new InvalidGrantException(
          "Podio rejected the " + grantType + " grant (invalid_grant" + description
              + "). The code, refresh token, app token or password is wrong, used up or revoked: authenticate again.",
          error);
      case "invalid_client" -> new InvalidClientException(
          "Podio rejected the API key (invalid_client" + description
              + "). Check the client id and client secret at https://podio.com/settings/api.", error);
      default -> new AuthException(error.error(), "Podio refused the " + grantType + " grant (" + code
          + description + ").", error, null);
    };
  }
}
