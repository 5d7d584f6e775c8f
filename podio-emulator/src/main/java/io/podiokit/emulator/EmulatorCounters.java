package io.podiokit.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of what a {@link PodioEmulator} has counted since it started or was last reset. Read it from
 * code with {@link PodioEmulator#counters()}, or from another process with {@code GET /_emulator/counters} and
 * {@link #parse(String)}.
 */
public final class EmulatorCounters {

  private final Map<String, Long> exchanges;
  private final long tokenRequests;
  private final long invalidGrants;
  private final long apiCalls;
  private final long apiFailures;
  private final long rejectedTokens;
  private final long rateLimited;
  private final long faultsInjected;

  EmulatorCounters(Map<String, Long> exchanges, long tokenRequests, long invalidGrants, long apiCalls,
                   long apiFailures, long rejectedTokens, long rateLimited, long faultsInjected) {
    this.exchanges = Map.copyOf(exchanges);
    this.tokenRequests = tokenRequests;
    this.invalidGrants = invalidGrants;
    this.apiCalls = apiCalls;
    this.apiFailures = apiFailures;
    this.rejectedTokens = rejectedTokens;
    this.rateLimited = rateLimited;
    this.faultsInjected = faultsInjected;
  }

  /**
   * Tokens issued for {@code grantType}: {@code authorization_code}, {@code password}, {@code app},
   * {@code refresh_token}, or {@code implicit} for tokens handed out by the authorization page.
   *
   * @param grantType the grant type
   * @return tokens issued for {@code grantType}: {@code authorization_code}, {@code password}, {@code app},
   */
  public long exchanges(String grantType) {
    Objects.requireNonNull(grantType, "grantType == null");
    return exchanges.getOrDefault(grantType, 0L);
  }

  /** {@return tokens issued, all grant types together} */
  public long exchanges() {
    return exchanges.values().stream().mapToLong(Long::longValue).sum();
  }

  /** {@return successful refreshes: the same as {@code exchanges("refresh_token")}} */
  public long refreshes() {
    return exchanges("refresh_token");
  }

  /** {@return requests that reached the token endpoint, whatever they were answered (faults included)} */
  public long tokenRequests() {
    return tokenRequests;
  }

  /** {@return token requests answered {@code invalid_grant}} */
  public long invalidGrants() {
    return invalidGrants;
  }

  /** {@return requests that reached the API, whatever they were answered (faults included)} */
  public long apiCalls() {
    return apiCalls;
  }

  /** {@return API requests not answered with a 2xx status: errors, rejected tokens, rate limits and injected faults} */
  public long apiFailures() {
    return apiFailures;
  }

  /** {@return API requests answered 401 because their access token was missing, unknown or expired} */
  public long rejectedTokens() {
    return rejectedTokens;
  }

  /** {@return API requests answered 420 because their authentication was over its rate limit} */
  public long rateLimited() {
    return rateLimited;
  }

  /** {@return requests, on either side, that were shown a scripted or random {@link Fault}} */
  public long faultsInjected() {
    return faultsInjected;
  }

  /** {@return this snapshot as the JSON object the admin endpoint {@code GET /_emulator/counters} answers} */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exchanges", new TreeMap<>(exchanges));
    m.put("total_exchanges", exchanges());
    m.put("refreshes", refreshes());
    m.put("token_requests", tokenRequests);
    m.put("invalid_grants", invalidGrants);
    m.put("api_calls", apiCalls);
    m.put("api_failures", apiFailures);
    m.put("rejected_tokens", rejectedTokens);
    m.put("rate_limited", rateLimited);
    m.put("faults_injected", faultsInjected);
    return Json.write(m);
  }

  /**
   * Reads the JSON of {@link #toJson()} (the body of {@code GET /_emulator/counters}).
   *
   * @param json the JSON text
   * @return the counters it holds
   * @throws IllegalArgumentException when {@code json} is not such an object
   */
  public static EmulatorCounters parse(String json) {
    Objects.requireNonNull(json, "json == null");
    try {
      if (!(Json.parse(json) instanceof Map<?, ?> m) || !(m.get("exchanges") instanceof Map<?, ?> ex)) {
        throw new IllegalArgumentException("not the emulator's counters JSON: expected an object with \"exchanges\"");
      }
      Map<String, Long> byGrant = new TreeMap<>();
      ex.forEach((k, v) -> byGrant.put(String.valueOf(k), number(v, "exchanges." + k)));
      return new EmulatorCounters(byGrant, number(m.get("token_requests"), "token_requests"),
          number(m.get("invalid_grants"), "invalid_grants"), number(m.get("api_calls"), "api_calls"),
          number(m.get("api_failures"), "api_failures"), number(m.get("rejected_tokens"), "rejected_tokens"),
          number(m.get("rate_limited"), "rate_limited"), number(m.get("faults_injected"), "faults_injected"));
    } catch (Json.ParseException e) {
      throw new IllegalArgumentException("not the emulator's counters JSON: " + e.getMessage(), e);
    }
  }

  private static long number(@Nullable Object value, String name) {
    if (value instanceof Long l) {
      return l;
    }
    throw new IllegalArgumentException("not the emulator's counters JSON: \"" + name + "\" is not a whole number");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmulatorCounters c && c.exchanges.equals(exchanges) && c.tokenRequests == tokenRequests
        && c.invalidGrants == invalidGrants && c.apiCalls == apiCalls && c.apiFailures == apiFailures
        && c.rejectedTokens == rejectedTokens && c.rateLimited == rateLimited && c.faultsInjected == faultsInjected;
  }

  @Override
  public int hashCode() {
    return Objects.hash(exchanges, tokenRequests, invalidGrants, apiCalls, apiFailures, rejectedTokens, rateLimited,
        faultsInjected);
  }

  @Override
  public String toString() {
    return "EmulatorCounters" + toJson();
  }
}
