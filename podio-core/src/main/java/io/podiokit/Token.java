package io.podiokit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth token as Podio issued it, with an absolute expiry. Neither token string appears in {@link #toString()}.
 *
 * @param accessToken the access token sent as {@code Authorization: OAuth2 <accessToken>}
 * @param refreshToken the refresh token, or {@code null} when Podio gave none
 * @param expiresAt when the access token expires (received-at plus {@code expires_in})
 * @param scope the granted scope string, empty when Podio did not say
 * @param ref whom the token acts as, or {@code null} when Podio did not say
 * @param tokenType the token type Podio sent, normally {@code bearer}
 */
public record Token(String accessToken, @Nullable String refreshToken, Instant expiresAt, String scope,
                    @Nullable TokenRef ref, String tokenType) {

  /**
   * Creates the record, checking its components.
   *
   * @param accessToken the access token sent as {@code Authorization: OAuth2 <accessToken>}
   * @param refreshToken the refresh token, or {@code null} when Podio gave none
   * @param expiresAt when the access token expires (received-at plus {@code expires_in})
   * @param scope the granted scope string, empty when Podio did not say
   * @param ref whom the token acts as, or {@code null} when Podio did not say
   * @param tokenType the token type Podio sent, normally {@code bearer}
   */
  public Token {
    Objects.requireNonNull(accessToken, "accessToken == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(tokenType, "tokenType == null");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken is blank");
    }
    if (refreshToken != null && refreshToken.isBlank()) {
      refreshToken = null;
    }
  }

  /** {@return whether this token can be refreshed} */
  public boolean refreshable() {
    return refreshToken != null;
  }

  /**
   * This token as the result of a refresh of {@code previous}: what Podio's answer omits is kept from the previous
   * token (the refresh token, when Podio did not rotate it; the scope and ref, when it did not repeat them).
   *
   * @param previous the token that was refreshed
   * @return this token, completed from {@code previous}
   */
  public Token keepingRefreshTokenOf(Token previous) {
    if (refreshToken != null && !scope.isEmpty() && ref != null) {
      return this;
    }
    return new Token(accessToken, refreshToken != null ? refreshToken : previous.refreshToken, expiresAt,
        scope.isEmpty() ? previous.scope : scope, ref != null ? ref : previous.ref, tokenType);
  }

  /**
   * Whether {@code value} can travel in an HTTP header as a token: 1 to 4,096 visible ASCII characters, no space,
   * no control character, nothing outside ASCII.
   */
  static boolean sendable(@Nullable String value) {
    if (value == null || value.isEmpty() || value.length() > 4096) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Token[accessToken=" + Redaction.REDACTED + ", refreshToken=" + Redaction.ifPresent(refreshToken)
        + ", expiresAt=" + expiresAt + ", scope=" + scope + ", ref=" + ref + ", tokenType=" + tokenType + "]";
  }
}
