package io.podiokit;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Podio's rate limit was hit (HTTP 420, or 429). Carries what the response headers said: {@code X-Rate-Limit-Limit},
 * {@code X-Rate-Limit-Remaining} and {@code Retry-After}.
 */
public class RateLimitException extends PodioApiException {
  private static final long serialVersionUID = 1L;

  /** The request limit of the current window, from {@code X-Rate-Limit-Limit}. */
  private final @Nullable Long limit;
  /** The requests left in the current window, from {@code X-Rate-Limit-Remaining}. */
  private final @Nullable Long remaining;
  /** How long to wait before calling again, from {@code Retry-After}. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param request the call, as method and path
   * @param error Podio's parsed error body, if any
   * @param limit {@code X-Rate-Limit-Limit}, if sent
   * @param remaining {@code X-Rate-Limit-Remaining}, if sent
   * @param retryAfter {@code Retry-After}, if sent
   */
  public RateLimitException(int status, String request, @Nullable PodioError error, @Nullable Long limit,
                            @Nullable Long remaining, @Nullable Duration retryAfter) {
    super(status, request + " was rate limited: HTTP " + status
        + (limit == null ? "" : ", limit " + limit + " per hour") + (remaining == null ? "" : ", remaining " + remaining)
        + (retryAfter == null ? ", no Retry-After given" : ", retry after " + retryAfter.toSeconds() + " s")
        + ". Slow down, or enable bounded retries on the client.", error);
    this.limit = limit;
    this.remaining = remaining;
    this.retryAfter = retryAfter;
  }

  /** {@return {@code X-Rate-Limit-Limit}, when sent} */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** {@return {@code X-Rate-Limit-Remaining}, when sent} */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** {@return {@code Retry-After}, when sent} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
