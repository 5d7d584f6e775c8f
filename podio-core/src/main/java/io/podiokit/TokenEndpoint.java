package io.podiokit;

/**
 * Port: exchanges a {@link Grant} for a {@link Token} at Podio's token endpoint. The HTTP adapter is
 * {@code io.podiokit.http.retrofit.RetrofitTokenEndpoint}.
 *
 * <p>Implementations must be safe for concurrent use, turn Podio's errors into {@link AuthException}s
 * ({@link InvalidGrantException} for {@code invalid_grant}) and transport failures into {@link TransportException},
 * and never retry a grant that cannot be replayed (an authorization code is single-use).
 */
@FunctionalInterface
public interface TokenEndpoint {

  /**
   * Exchanges {@code grant} for a token.
   *
   * @param grant the grant to exchange
   * @return the token Podio issued
   * @throws AuthException when Podio refuses the grant
   * @throws TransportException when Podio could not be reached or answered something unreadable
   */
  Token exchange(Grant grant);
}
