package io.podiokit.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * podiokit's settings under {@code podio.*}. Unset durations keep {@code RefreshPolicy}'s defaults.
 *
 * @param clientId the API key's client id; required
 * @param clientSecret the API key's client secret; required
 * @param apiUrl Podio's API (and token endpoint); https unless loopback
 * @param authorizeUrl Podio's authorization page; https unless loopback
 * @param sessionStore where sessions are kept, as a store URI: {@code memory:}, {@code redis://…}, {@code jdbc:…}
 * @param userAgent the User-Agent header; podiokit's own when unset
 * @param dryRun send {@code X-Podio-Dry-Run: true} with every API call
 * @param refresh when tokens are refreshed and how long callers and processes wait for each other
 * @param rateLimit bounded retries of calls answered 420/429
 * @param encryption encryption of tokens at rest
 */
@ConfigurationProperties("podio")
public record PodioProperties(
    @Nullable String clientId,
    @Nullable String clientSecret,
    @DefaultValue("https://api.podio.com") URI apiUrl,
    @DefaultValue("https://podio.com/oauth/authorize") URI authorizeUrl,
    @DefaultValue("memory:") String sessionStore,
    @Nullable String userAgent,
    @DefaultValue("false") boolean dryRun,
    @DefaultValue Refresh refresh,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue Encryption encryption) {

  /**
   * {@code podio.refresh.*}: the refresh policy. Unset values keep the defaults of {@code RefreshPolicy}.
   *
   * @param refreshMargin a token this close to expiry is refreshed in the background (default 5 min)
   * @param expiryMargin a token this close to expiry makes callers wait for its refresh (default 30 s)
   * @param refreshTimeout the longest a caller waits for a refresh (default 30 s)
   * @param refreshTokenLifetime how long Podio keeps an unused refresh token (default 28 days)
   * @param leaseTime how long a process holds a shared store's refresh lease (default 10 s)
   * @param pollInterval how often a process waiting on another's refresh re-reads the store (default 50 ms)
   */
  public record Refresh(@Nullable Duration refreshMargin, @Nullable Duration expiryMargin,
                        @Nullable Duration refreshTimeout, @Nullable Duration refreshTokenLifetime,
                        @Nullable Duration leaseTime, @Nullable Duration pollInterval) {}

  /**
   * {@code podio.rate-limit.*}: bounded retries of API calls answered 420 or 429.
   *
   * @param retries how many times (0 to 10; 0 turns retrying off)
   * @param maxWait a {@code Retry-After} longer than this is not waited for
   */
  public record RateLimit(@DefaultValue("0") int retries, @DefaultValue("1m") Duration maxWait) {}

  /**
   * {@code podio.encryption.*}: AES-GCM encryption of the tokens in the session store.
   *
   * @param keys {@code id:BASE64KEY,id2:BASE64KEY…}; the first key encrypts, all decrypt; unset for none
   */
  public record Encryption(@Nullable String keys) {
    @Override
    public String toString() {
      return "Encryption[keys=" + (keys == null ? "none" : "(set)") + "]";
    }
  }

  @Override
  public String toString() {
    return "PodioProperties[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "(set)")
        + ", apiUrl=" + apiUrl + ", sessionStore=" + redactedStore() + ", dryRun=" + dryRun + "]";
  }

  /** The store URI without a password it may carry ({@code redis://:secret@host}). */
  String redactedStore() {
    return sessionStore.replaceAll("//[^@/]*@", "//***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
