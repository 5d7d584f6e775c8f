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

  private final @Nullable Long limit;
  private final @Nullable Long remaining;
  private final @Nullable Duration retryAfter;

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

  /** {@code X-Rate-Limit-Limit}, when sent. */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** {@code X-Rate-Limit-Remaining}, when sent. */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** {@code Retry-After}, when sent. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
