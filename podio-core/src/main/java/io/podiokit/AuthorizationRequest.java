package io.podiokit;

import java.net.URI;
import java.util.Objects;

/**
 * Where to send the user's browser to authorize, and what to check when it comes back. Keep it (or at least its
 * {@link #state()} and {@link #redirectUri()}) in the user's web session until the callback arrives, then hand it to
 * {@link PodioAuth#completeAuthorization(String, String, AuthorizationRequest)}.
 *
 * @param url the full authorization URL on podio.com
 * @param state the random value sent along, which the callback must echo (CSRF protection)
 * @param redirectUri where Podio sends the browser back
 * @param scope the scope asked for, empty for Podio's default
 * @param responseType {@code code} (server-side flow) or {@code token} (client-side flow)
 */
public record AuthorizationRequest(URI url, String state, String redirectUri, String scope, String responseType) {

  /**
   * Creates the record, checking its components.
   *
   * @param url the full authorization URL on podio.com
   * @param state the random value sent along, which the callback must echo (CSRF protection)
   * @param redirectUri where Podio sends the browser back
   * @param scope the scope asked for, empty for Podio's default
   * @param responseType {@code code} (server-side flow) or {@code token} (client-side flow)
   */
  public AuthorizationRequest {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(redirectUri, "redirectUri == null");
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(responseType, "responseType == null");
  }

  /** Without the state, which must reach only the user's browser and the callback check. */
  @Override
  public String toString() {
    String text = url.toString();
    int query = text.indexOf('?');
    return "AuthorizationRequest[url=" + (query < 0 ? text : text.substring(0, query) + "?...") + ", redirectUri="
        + redirectUri + ", scope=" + scope + ", responseType=" + responseType + ", state=" + Redaction.REDACTED + "]";
  }

  /**
   * Rebuilds the request from the parts an app kept, when it kept only the state and the redirect URI.
   *
   * @param state the {@code state} the request was made with
   * @param redirectUri where Podio sends the user back, registered with the API key's domain
   * @param responseType {@code code} or {@code token}
   * @return a request that completes the flow (its URL and scope are not kept)
   */
  public static AuthorizationRequest restore(String state, String redirectUri, String responseType) {
    return new AuthorizationRequest(URI.create(redirectUri), state, redirectUri, "", responseType);
  }
}
