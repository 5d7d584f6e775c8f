package io.podiokit.api.importer;

import java.util.Map;
import java.util.Objects;

/**
 * Which spreadsheet column goes to which contact field: the body of a contact import.
 *
 * @param mappings column ids by contact field ({@code name}, {@code mail}, {@code phone}, {@code organization},
 *     {@code title}, ...); {@code name} is required
 */
public record ContactMapping(Map<String, Long> mappings) {

  /**
   * Checks and copies.
   *
   * @param mappings column ids by contact field ({@code name}, {@code mail}, {@code phone}, {@code organization},
   *     {@code title}, ...); {@code name} is required
   */
  public ContactMapping {
    mappings = Map.copyOf(Objects.requireNonNull(mappings, "mappings == null"));
    if (!mappings.containsKey("name")) {
      throw new IllegalArgumentException("a contact mapping needs a column for name");
    }
  }
}
