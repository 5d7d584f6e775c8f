package io.podiokit;

import java.util.Set;

/**
 * SPI: opens {@link SessionStore}s for the URI schemes it claims. Adapters register an implementation with
 * {@link java.util.ServiceLoader} ({@code provides io.podiokit.SessionStoreProvider with ...} and
 * {@code META-INF/services/io.podiokit.SessionStoreProvider}); {@link SessionStores#open(String)} picks it by scheme.
 */
public interface SessionStoreProvider {

  /** {@return the URI schemes this provider opens, lower case, e.g. {@code redis} and {@code rediss}} */
  Set<String> schemes();

  /**
   * Opens a store for {@code uri}, whose scheme is one of {@link #schemes()}.
   *
   * @param uri the store URI, e.g. {@code redis://localhost:6379}
   * @return the open store; the caller closes it
   * @throws IllegalArgumentException if the URI or one of its options is invalid; the message says which and why,
   *     and never contains a password
   */
  SessionStore open(String uri);
}
