package io.podiokit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TokenEndpoint} exchanges for a {@link Token}: one of Podio's four OAuth grants.
 * No grant prints its secret part in {@code toString()}.
 */
public sealed interface Grant {

  /** {@return the OAuth {@code grant_type} sent to the token endpoint} */
  String grantType();

  /**
   * {@return the grant's own parameters as the token endpoint expects them (without {@code grant_type} and client
   * credentials)}
   */
  Map<String, String> parameters();

  /** {@return whether the library may replay this grant without a person when a session dies} */
  default boolean replayable() {
    return false;
  }

  /** The server-side flow: the code Podio sent to the redirect URI, and that redirect URI again. */
  record AuthorizationCode(String code, String redirectUri) implements Grant {
    /**
     * Creates the record, checking its components.
     *
     * @param code the code Podio sent to the redirect URI
     * @param redirectUri the redirect URI the code was sent to
     */
    public AuthorizationCode {
      requireText(code, "code");
      requireText(redirectUri, "redirectUri");
    }

    @Override public String grantType() { return "authorization_code"; }

    @Override public Map<String, String> parameters() {
      return params("code", code, "redirect_uri", redirectUri);
    }

    @Override public String toString() {
      return "AuthorizationCode[code=" + Redaction.REDACTED + ", redirectUri=" + redirectUri + "]";
    }
  }

  /** Username and password authentication. */
  record Password(String username, String password) implements Grant {
    /**
     * Creates the record, checking its components.
     *
     * @param username the Podio user's email address
     * @param password the Podio user's password
     */
    public Password {
      requireText(username, "username");
      requireText(password, "password");
    }

    @Override public String grantType() { return "password"; }

    @Override public Map<String, String> parameters() {
      return params("username", username, "password", password);
    }

    @Override public boolean replayable() { return true; }

    @Override public String toString() {
      return "Password[username=" + username + ", password=" + Redaction.REDACTED + "]";
    }
  }

  /** App authentication: an app's id and its app token. */
  record App(long appId, String appToken) implements Grant {
    /**
     * Creates the record, checking its components.
     *
     * @param appId the Podio app's id
     * @param appToken the app's token
     */
    public App {
      if (appId <= 0) {
        throw new IllegalArgumentException("appId must be positive, was " + appId);
      }
      requireText(appToken, "appToken");
    }

    @Override public String grantType() { return "app"; }

    @Override public Map<String, String> parameters() {
      return params("app_id", Long.toString(appId), "app_token", appToken);
    }

    @Override public boolean replayable() { return true; }

    @Override public String toString() {
      return "App[appId=" + appId + ", appToken=" + Redaction.REDACTED + "]";
    }
  }

  /** A refresh of an existing session with its refresh token. */
  record RefreshToken(String refreshToken) implements Grant {
    /**
     * Creates the record, checking its components.
     *
     * @param refreshToken the refresh token
     */
    public RefreshToken {
      requireText(refreshToken, "refreshToken");
    }

    @Override public String grantType() { return "refresh_token"; }

    @Override public Map<String, String> parameters() {
      return params("refresh_token", refreshToken);
    }

    @Override public String toString() {
      return "RefreshToken[refreshToken=" + Redaction.REDACTED + "]";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
  }

  private static Map<String, String> params(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
