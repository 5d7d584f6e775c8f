package io.podiokit.http.retrofit;

import io.podiokit.SessionKey;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;

/** The last rate-limit headers seen per authentication. Bounded: the oldest entries go first past the limit. */
final class RateLimits {

  private static final int MAX_ENTRIES = 10_000;

  private final ConcurrentHashMap<SessionKey, RateLimitStatus> latest = new ConcurrentHashMap<>();

  void record(SessionKey key, Headers headers, Instant now) {
    Long limit = Errors.number(headers, Errors.LIMIT);
    Long remaining = Errors.number(headers, Errors.REMAINING);
    if (limit == null || remaining == null) {
      return;
    }
    if (latest.size() >= MAX_ENTRIES && !latest.containsKey(key)) {
      latest.entrySet().stream().min(java.util.Map.Entry.comparingByValue(
          java.util.Comparator.comparing(RateLimitStatus::observedAt))).ifPresent(e -> latest.remove(e.getKey()));
    }
    latest.put(key, new RateLimitStatus(limit, remaining, now));
  }

  Optional<RateLimitStatus> of(SessionKey key) {
    return Optional.ofNullable(latest.get(key));
  }
}
