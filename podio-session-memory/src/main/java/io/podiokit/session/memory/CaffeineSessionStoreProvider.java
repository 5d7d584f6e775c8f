package io.podiokit.session.memory;

import io.podiokit.SessionStore;
import io.podiokit.SessionStoreProvider;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Opens a {@link CaffeineSessionStore} for {@code memory:} URIs; found by {@link java.util.ServiceLoader}, so
 * {@code SessionStores.open("memory:?maximumSize=10000")} works with this module on the class or module path.
 *
 * <p>Format: {@code memory:} or {@code memory:?option=value&...}. Options: {@code maximumSize}, the most sessions held
 * (default {@value CaffeineSessionStore#DEFAULT_MAXIMUM_SIZE}).
 */
public final class CaffeineSessionStoreProvider implements SessionStoreProvider {

  /** The scheme this provider opens. */
  public static final String SCHEME = "memory";

  private static final String MAXIMUM_SIZE = "maximumSize";
  private static final String FORMAT = "expected memory: or memory:?maximumSize=N";

  /** Called by {@link java.util.ServiceLoader}. */
  public CaffeineSessionStoreProvider() {}

  @Override
  public Set<String> schemes() {
    return Set.of(SCHEME);
  }

  /**
   * Opens an empty store with the URI's options.
   *
   * @throws IllegalArgumentException if the URI is not a {@code memory:} URI, has a path, or has an unknown,
   *     repeated or invalid option
   */
  @Override
  public SessionStore open(String uri) {
    int colon = uri.indexOf(':');
    if (colon < 0 || !uri.substring(0, colon).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      throw new IllegalArgumentException("Not a memory session store URI: '" + uri + "'; " + FORMAT);
    }
    String rest = uri.substring(colon + 1);
    if (!rest.isEmpty() && !rest.startsWith("?")) {
      throw new IllegalArgumentException("Memory session store URI '" + uri + "' has a path ('" + rest
          + "'), but it takes only options; " + FORMAT);
    }
    CaffeineSessionStore.Builder builder = CaffeineSessionStore.builder();
    Set<String> seen = new HashSet<>();
    for (String pair : rest.isEmpty() ? new String[0] : rest.substring(1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      if (!name.equals(MAXIMUM_SIZE)) {
        throw new IllegalArgumentException("Unknown option '" + name + "' in memory session store URI '" + uri
            + "'; the valid options are: " + MAXIMUM_SIZE);
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("Option '" + name + "' is given twice in memory session store URI '"
            + uri + "'; give it once");
      }
      builder.maximumSize(positiveLong(name, value));
    }
    return builder.build();
  }

  private static long positiveLong(String name, String value) {
    long parsed;
    try {
      parsed = Long.parseLong(value);
    } catch (NumberFormatException notANumber) {
      parsed = 0;
    }
    if (parsed <= 0) {
      throw new IllegalArgumentException("Option " + name + " of the memory session store must be a positive "
          + "whole number, was '" + value + "'");
    }
    return parsed;
  }
}
