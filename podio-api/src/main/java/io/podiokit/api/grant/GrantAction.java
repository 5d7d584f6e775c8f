package io.podiokit.api.grant;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a grant lets its user do with the object; each includes the ones before it. */
public enum GrantAction {
  /** Read the object. */
  VIEW,
  /** Read and comment on it. */
  COMMENT,
  /** Read, comment on and rate it. */
  RATE;

  /** {@return Podio's name, e.g. {@code view}} */
  public String podioName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<GrantAction> find(@Nullable String name) {
    for (GrantAction a : values()) {
      if (a.podioName().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
