package io.podiokit.micrometer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the token endpoint last answered a refresh, for health checks.
 *
 * @param result {@code exchanged} (Podio issued a token), {@code adopted} (another process had refreshed), or
 *     {@code failed}
 * @param at when it happened, by the system clock
 * @param errorType the simple class name of the failure when {@code failed}, else {@code null}; never a message,
 *     which could carry details of the request
 */
public record RefreshOutcome(String result, Instant at, @Nullable String errorType) {

  /** {@return whether the last refresh failed} */
  public boolean failed() {
    return errorType != null;
  }
}
