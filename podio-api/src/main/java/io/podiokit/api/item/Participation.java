package io.podiokit.api.item;

import java.util.Objects;
import java.util.Set;

/**
 * The body of {@link ItemService#participation(long, Participation)}: whether the user takes part in a meeting item.
 *
 * @param status {@code invited}, {@code accepted}, {@code declined} or {@code tentative}
 */
public record Participation(String status) {

  /** The statuses Podio accepts. */
  public static final Set<String> STATUSES = Set.of("invited", "accepted", "declined", "tentative");

  /**

   * Checks.

   *

   * @param status see the record

   */

  public Participation {
    Objects.requireNonNull(status, "status == null");
    if (!STATUSES.contains(status)) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", was '" + status + "'");
    }
  }
}
