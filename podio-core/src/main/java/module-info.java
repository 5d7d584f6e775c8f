/**
 * podiokit's core: the domain, the ports ({@link io.podiokit.TokenEndpoint}, {@link io.podiokit.SessionStore},
 * {@link io.podiokit.Clock}), the auth state machine and the flows. Needs nothing but {@code java.base}.
 */
module io.podiokit.core {
  requires static org.jspecify;

  exports io.podiokit;
  exports io.podiokit.internal to io.podiokit.http.retrofit;

  uses io.podiokit.SessionStoreProvider;
}
