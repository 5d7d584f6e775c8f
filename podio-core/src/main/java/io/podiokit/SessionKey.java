package io.podiokit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Which authentication a session belongs to. A session is never shared by accident: an app, a password login and
 * each of your own users get a different key.
 *
 * @param namespace the API key's client id, so two API keys never share sessions
 * @param kind {@value #APP}, {@value #USER}, {@value #PASSWORD}, or a kind of your own
 * @param identifier the app id, your own id for the user, or the username
 */
public record SessionKey(String namespace, String kind, String identifier) {

  /** Kind of sessions from app authentication; the identifier is the app id. */
  public static final String APP = "app";
  /** Kind of sessions from the server-side or client-side flow; the identifier is your own id for the user. */
  public static final String USER = "user";
  /** Kind of sessions from password authentication; the identifier is the username. */
  public static final String PASSWORD = "password";

  /** The longest namespace, kind and identifier, in characters, so every store can hold any valid key. */
  public static final int MAX_NAMESPACE_LENGTH = 128;
  /** The longest {@code kind}, in characters. */
  public static final int MAX_KIND_LENGTH = 32;
  /** The longest {@code identifier}, in characters. */
  public static final int MAX_IDENTIFIER_LENGTH = 255;

  /**
   * Creates the record, checking its components.
   *
   * @param namespace the API key's client id, so two API keys never share sessions
   * @param kind {@value #APP}, {@value #USER}, {@value #PASSWORD}, or a kind of your own
   * @param identifier the app id, your own id for the user, or the username
   */
  public SessionKey {
    check(namespace, "namespace", MAX_NAMESPACE_LENGTH);
    check(kind, "kind", MAX_KIND_LENGTH);
    check(identifier, "identifier", MAX_IDENTIFIER_LENGTH);
  }

  /**
   * {@return the key of an app authentication}
   *
   * @param clientId the API key's client id
   * @param appId the Podio app's id
   */
  public static SessionKey app(String clientId, long appId) {
    return new SessionKey(clientId, APP, Long.toString(appId));
  }

  /**
   * {@return the key of a user of yours who authorized through the server-side or client-side flow}
   *
   * @param clientId the API key's client id
   * @param userId your application's identifier for the user
   */
  public static SessionKey user(String clientId, String userId) {
    return new SessionKey(clientId, USER, userId);
  }

  /**
   * {@return the key of a password authentication}
   *
   * @param clientId the API key's client id
   * @param username the Podio user's email address
   */
  public static SessionKey password(String clientId, String username) {
    return new SessionKey(clientId, PASSWORD, username);
  }

  /**
   * One string for this key, {@code namespace:kind:identifier} with each part percent-encoded, so that two different
   * keys never give the same string (a colon inside a part is encoded). Stores use it as a flat key.
   *
   * @return {@code namespace:kind:identifier}, each part percent-encoded
   */
  public String encoded() {
    return encode(namespace) + ':' + encode(kind) + ':' + encode(identifier);
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("*", "%2A").replace("+", "%20");
  }

  private static void check(String value, String name, int max) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("session key " + name + " is blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException("session key " + name + " is " + value.length()
          + " characters, the most is " + max);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException("session key " + name + " contains a control character at index " + i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        // UTF-8 cannot encode it: it would become '?' and share a store entry with a key holding a real '?'.
        throw new IllegalArgumentException("session key " + name + " contains an unpaired surrogate at index " + i
            + "; it is not valid Unicode text");
      }
    }
  }
}
