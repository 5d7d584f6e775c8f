package io.podiokit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Opens a {@link SessionStore} from a URI, so the store is a configuration setting, not code:
 * {@code memory:?maximumSize=10000}, {@code redis://localhost:6379/0}, {@code jdbc:postgresql://localhost/app}.
 * The scheme picks a {@link SessionStoreProvider} found with {@link ServiceLoader} among the adapter jars present.
 */
public final class SessionStores {

  private SessionStores() {}

  /**
   * Opens the store {@code uri} names, with providers from this class's class loader and the context class loader.
   *
   * @param uri the store URI, e.g. {@code memory:} or {@code redis://localhost:6379}
   * @return the open store; the caller closes it
   */
  public static SessionStore open(String uri) {
    return open(uri, Thread.currentThread().getContextClassLoader());
  }

  /**
   * Opens the store {@code uri} names, with providers found through {@code classLoader} (and the module layer).
   *
   * @param uri the store URI, e.g. {@code memory:} or {@code redis://localhost:6379}
   * @param classLoader where to look for providers
   * @return the open store; the caller closes it
   * @throws IllegalArgumentException if no provider on the classpath handles the scheme (the message lists those
   *     that are), if two providers claim it, or if the provider rejects the URI
   */
  public static SessionStore open(String uri, ClassLoader classLoader) {
    Objects.requireNonNull(uri, "uri == null");
    String scheme = schemeOf(uri);
    Map<String, List<SessionStoreProvider>> providers = providers(classLoader);
    List<SessionStoreProvider> matching = providers.get(scheme);
    if (matching == null) {
      throw new IllegalArgumentException("No session store for scheme '" + scheme + "'. Schemes available: "
          + (providers.isEmpty() ? "none (add podio-session-memory, podio-session-redis or podio-session-jdbc)"
              : String.join(", ", providers.keySet()))
          + ". Add the adapter module for '" + scheme + "' to the classpath or correct the URI.");
    }
    if (matching.size() > 1) {
      throw new IllegalArgumentException("Scheme '" + scheme + "' is claimed by more than one provider: "
          + matching.stream().map(p -> p.getClass().getName()).toList() + ". Keep only one on the classpath.");
    }
    return matching.get(0).open(uri);
  }

  /** {@return the schemes that providers on the classpath handle, sorted} */
  public static List<String> availableSchemes() {
    return new ArrayList<>(providers(Thread.currentThread().getContextClassLoader()).keySet());
  }

  static String schemeOf(String uri) {
    int colon = uri.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("Session store URI has no scheme: it must start with a scheme such as "
          + "'memory:', 'redis://' or 'jdbc:'");
    }
    return uri.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<SessionStoreProvider>> providers(ClassLoader classLoader) {
    Map<String, List<SessionStoreProvider>> byScheme = new TreeMap<>();
    Map<String, SessionStoreProvider> seen = new TreeMap<>();
    ServiceLoader.load(SessionStoreProvider.class, classLoader).forEach(p -> seen.putIfAbsent(p.getClass().getName(), p));
    ServiceLoader.load(SessionStores.class.getModule().getLayer() == null ? ModuleLayer.boot()
        : SessionStores.class.getModule().getLayer(), SessionStoreProvider.class)
        .forEach(p -> seen.putIfAbsent(p.getClass().getName(), p));
    for (SessionStoreProvider provider : seen.values()) {
      for (String scheme : provider.schemes()) {
        byScheme.computeIfAbsent(scheme.toLowerCase(Locale.ROOT), s -> new ArrayList<>()).add(provider);
      }
    }
    return byScheme;
  }
}
