package io.podiokit;

import java.util.Objects;

/**
 * A Podio API key: the client id and its secret. The secret never appears in {@link #toString()}.
 *
 * @param clientId the API key's client id
 * @param clientSecret the API key's secret; empty for client-side-only use, where Podio does not ask for it
 */
public record ClientCredentials(String clientId, String clientSecret) {

  /**
   * Creates the record, checking its components.
   *
   * @param clientId the API key's client id
   * @param clientSecret the API key's secret; empty for client-side-only use, where Podio does not ask for it
   */
  public ClientCredentials {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(clientSecret, "clientSecret == null");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId is blank: use the client id of your API key (https://podio.com/settings/api)");
    }
  }

  @Override
  public String toString() {
    return "ClientCredentials[clientId=" + clientId + ", clientSecret=" + Redaction.REDACTED + "]";
  }
}
