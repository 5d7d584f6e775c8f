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
   * This token as the result of a refresh of {@code previous}: when Podio's answer omits the refresh token,
   * the previous one is kept (Podio does not always rotate it).
   *
   * @param previous the token this one refreshed
   * @return this token, with {@code previous}'s refresh token if it had none
   */
  public Token keepingRefreshTokenOf(Token previous) {
    return refreshToken != null ? this
        : new Token(accessToken, previous.refreshToken, expiresAt, scope.isEmpty() ? previous.scope : scope,
            ref != null ? ref : previous.ref, tokenType);
  }

  @Override
  public String toString() {
    return "Token[accessToken=" + Redaction.REDACTED + ", refreshToken=" + Redaction.ifPresent(refreshToken)
        + ", expiresAt=" + expiresAt + ", scope=" + scope + ", ref=" + ref + ", tokenType=" + tokenType + "]";
  }
}
