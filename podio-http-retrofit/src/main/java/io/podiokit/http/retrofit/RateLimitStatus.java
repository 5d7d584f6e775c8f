package io.podiokit.http.retrofit;

import java.time.Instant;
import java.util.Objects;

/**
 * What Podio last said about an authentication's rate limit, from the {@code X-Rate-Limit-Limit} and
 * {@code X-Rate-Limit-Remaining} headers of its latest response that carried them.
 *
 * @param limit calls allowed per hour
 * @param remaining calls left in the current hour
 * @param observedAt when the response arrived (by the client's clock)
 */
public record RateLimitStatus(long limit, long remaining, Instant observedAt) {
  /**
   * Creates the record, checking its components.
   *
   * @param limit calls allowed per hour
   * @param remaining calls left in the current hour
   * @param observedAt when the response arrived (by the client's clock)
   */
  public RateLimitStatus {
    Objects.requireNonNull(observedAt, "observedAt == null");
  }
}
