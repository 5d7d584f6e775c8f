package io.podiokit.http.retrofit;

/** How {@link RetrofitTokenEndpoint} talks to Podio's token endpoint. */
public enum TokenRequestFormat {
  /** {@code POST /oauth/token/v2} with a JSON object body, as Podio documents today. The default. */
  JSON,
  /** {@code POST /oauth/token} with a form-encoded body, as every official Podio client does. */
  FORM
}
