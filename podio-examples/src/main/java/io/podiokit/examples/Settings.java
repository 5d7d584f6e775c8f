package io.podiokit.examples;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The examples' settings, read from environment variables. Without {@code PODIO_API_URL} the examples start an
 * embedded emulator seeded with these settings (the demo set where a setting is absent); with it they talk to that
 * server and the credentials a flow needs must be given. {@link #toString()} never shows a secret.
 *
 * @param apiUrl {@code PODIO_API_URL}: the API and token endpoint; {@code null} for the embedded emulator
 * @param authorizeUrl {@code PODIO_AUTHORIZE_URL}: the authorization page; {@code null} for the default
 * @param clientId {@code PODIO_CLIENT_ID}
 * @param clientSecret {@code PODIO_CLIENT_SECRET}
 * @param apps {@code PODIO_APP_ID} and {@code PODIO_APP_TOKEN}, comma-separated lists of the same length
 * @param username {@code PODIO_USERNAME}
 * @param password {@code PODIO_PASSWORD}
 * @param sessionStore {@code PODIO_SESSION_STORE}: the store's URI, default {@code memory:}
 * @param port {@code PODIO_EXAMPLE_PORT}: the web examples' port, default 8080; 0 for a free one
 */
public record Settings(@Nullable URI apiUrl, @Nullable URI authorizeUrl, @Nullable String clientId,
                       @Nullable String clientSecret, List<AppCredentials> apps, @Nullable String username,
                       @Nullable String password, String sessionStore, int port) {

  /** The store used when {@code PODIO_SESSION_STORE} is not set. */
  public static final String DEFAULT_SESSION_STORE = "memory:";
  /** The web examples' port when {@code PODIO_EXAMPLE_PORT} is not set. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * An app's id and token.
   *
   * @param appId the app's id
   * @param appToken the app's token (a secret)
   */
  public record AppCredentials(long appId, String appToken) {
    public AppCredentials {
      Objects.requireNonNull(appToken, "appToken == null");
    }

    @Override
    public String toString() {
      return "AppCredentials[appId=" + appId + ", appToken=******]";
    }
  }

  public Settings {
    Objects.requireNonNull(apps, "apps == null");
    Objects.requireNonNull(sessionStore, "sessionStore == null");
    apps = List.copyOf(apps);
  }

  /** The settings of the current process's environment. */
  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  /**
   * The settings in {@code env} (variable name to value); blank values count as absent.
   *
   * @throws IllegalArgumentException naming the variable whose value is malformed
   */
  public static Settings from(Map<String, String> env) {
    Objects.requireNonNull(env, "env == null");
    URI apiUrl = url(env, "PODIO_API_URL");
    URI authorizeUrl = url(env, "PODIO_AUTHORIZE_URL");
    List<String> ids = list(value(env, "PODIO_APP_ID"));
    List<String> tokens = list(value(env, "PODIO_APP_TOKEN"));
    if (ids.size() != tokens.size()) {
      throw new IllegalArgumentException("PODIO_APP_ID lists " + ids.size() + " app id(s) but PODIO_APP_TOKEN lists "
          + tokens.size() + " token(s): give one token per app, both comma-separated in the same order");
    }
    List<AppCredentials> apps = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      long id;
      try {
        id = Long.parseLong(ids.get(i));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PODIO_APP_ID must be app ids (whole numbers), comma-separated, was "
            + ids.get(i));
      }
      if (id <= 0) {
        throw new IllegalArgumentException("PODIO_APP_ID must hold positive app ids, was " + id);
      }
      apps.add(new AppCredentials(id, tokens.get(i)));
    }
    String store = value(env, "PODIO_SESSION_STORE");
    String portText = value(env, "PODIO_EXAMPLE_PORT");
    int port = DEFAULT_PORT;
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("PODIO_EXAMPLE_PORT must be a port number from 0 (any free port) to 65535,"
            + " was " + portText);
      }
    }
    return new Settings(apiUrl, authorizeUrl, value(env, "PODIO_CLIENT_ID"), value(env, "PODIO_CLIENT_SECRET"), apps,
        value(env, "PODIO_USERNAME"), value(env, "PODIO_PASSWORD"), store == null ? DEFAULT_SESSION_STORE : store,
        port);
  }

  /** These settings with another session store URI. */
  public Settings withSessionStore(String uri) {
    return new Settings(apiUrl, authorizeUrl, clientId, clientSecret, apps, username, password,
        Objects.requireNonNull(uri, "uri == null"), port);
  }

  /** These settings with another port for the web examples. */
  public Settings withPort(int newPort) {
    return new Settings(apiUrl, authorizeUrl, clientId, clientSecret, apps, username, password, sessionStore, newPort);
  }

  private static @Nullable String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static @Nullable URI url(Map<String, String> env, String name) {
    String v = value(env, name);
    if (v == null) {
      return null;
    }
    try {
      URI uri = URI.create(v);
      if (uri.isAbsolute() && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + " must be an absolute http(s) URL such as https://api.podio.com, was "
        + v);
  }

  private static List<String> list(@Nullable String value) {
    if (value == null) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }

  @Override
  public String toString() {
    return "Settings[apiUrl=" + (apiUrl == null ? "embedded emulator" : apiUrl) + ", authorizeUrl=" + authorizeUrl
        + ", clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? null : "******") + ", apps=" + apps
        + ", username=" + username + ", password=" + (password == null ? null : "******") + ", sessionStore="
        + Redactions.storeUri(sessionStore) + ", port=" + port + "]";
  }
}
