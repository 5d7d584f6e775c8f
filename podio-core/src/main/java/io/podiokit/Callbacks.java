package io.podiokit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads authorization callbacks: query strings and URL fragments. */
final class Callbacks {

  private Callbacks() {}

  /**
   * The parameters of a query string or fragment, URL-decoded. Accepts a whole URL, {@code ?a=b}, {@code #a=b} or
   * {@code a=b}. When a parameter repeats, the last value wins, as Podio documents.
   */
  static Map<String, String> parameters(String input, char separator) {
    String text = input;
    int start = text.indexOf(separator);
    if (start >= 0) {
      text = text.substring(start + 1);
    }
    if (separator == '?') {
      int hash = text.indexOf('#');
      if (hash >= 0) {
        text = text.substring(0, hash);
      }
    }
    Map<String, String> params = new HashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.put(name, value);
    }
    return params;
  }

  /** Checks the callback's state against the one sent, in constant time, and turns Podio's errors into exceptions. */
  static void verify(Map<String, String> params, String expectedState, String flow) {
    String state = params.get("state");
    if (state == null || state.isEmpty()) {
      throw new InvalidCallbackException("The " + flow + " callback has no state parameter, so it cannot be told "
          + "apart from a forged one; nothing was exchanged. Start the authorization again with a fresh "
          + "AuthorizationRequest.");
    }
    if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8), expectedState.getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidCallbackException("The " + flow + " callback's state does not match the one sent with the "
          + "authorization request: the callback may be forged or belong to another browser session; nothing was "
          + "exchanged. Start the authorization again with a fresh AuthorizationRequest.");
    }
    String error = Redaction.external(params.get("error"));
    if (error != null) {
      // Anyone can forge a callback with a state from their own browser session: what it says is cleaned and cut.
      String description = Redaction.external(params.get("error_description"));
      if (error.equals("access_denied")) {
        throw new AuthorizationDeniedException(error, Redaction.external(params.get("error_reason")), description);
      }
      throw new AuthException(error, "Podio did not authorize the app (" + error
          + (description == null ? "" : ": " + description) + "). Start the authorization again.");
    }
  }

  static String required(Map<String, String> params, String name, String flow) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      throw new InvalidCallbackException("The " + flow + " callback has no " + name + " parameter; nothing was "
          + "exchanged. Pass the whole callback " + (flow.startsWith("client") ? "fragment" : "query string")
          + " as the browser received it.");
    }
    return value;
  }

  static @Nullable String optional(Map<String, String> params, String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCallbackException("The callback is not validly URL-encoded; nothing was exchanged.");
    }
  }
}
