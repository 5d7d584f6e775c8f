package io.podiokit.http.retrofit;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.PodioApiException;
import io.podiokit.PodioError;
import io.podiokit.PodioException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Signs requests to the API host with {@code Authorization: OAuth2 <token>} of the {@link Authentication} tagged on
 * the request; on a 401 that says the token expired or is invalid, invalidates exactly that token, takes a fresh one
 * and sends the request once more (its body included). Also sets the User-Agent and dry-run headers, records the
 * rate-limit headers, and (when enabled) waits out rate limits a bounded number of times.
 */
final class SigningInterceptor implements Interceptor {

  private static final System.Logger LOG = System.getLogger("io.podiokit.http");
  private static final long PEEK_BYTES = 64 * 1024;

  private final HttpUrl apiUrl;
  private final String userAgent;
  private final boolean dryRun;
  private final int rateLimitRetries;
  private final Duration rateLimitMaxWait;
  private final Sleeper sleeper;
  private final Clock clock;
  private final RateLimits rateLimits;

  SigningInterceptor(HttpUrl apiUrl, String userAgent, boolean dryRun, int rateLimitRetries, Duration rateLimitMaxWait,
                     Sleeper sleeper, Clock clock, RateLimits rateLimits) {
    this.apiUrl = apiUrl;
    this.userAgent = userAgent;
    this.dryRun = dryRun;
    this.rateLimitRetries = rateLimitRetries;
    this.rateLimitMaxWait = rateLimitMaxWait;
    this.sleeper = sleeper;
    this.clock = clock;
    this.rateLimits = rateLimits;
  }

  /** What {@link #prepare} did: the token it signed with, or why it could not get one. */
  private record Prepared(@Nullable String token, @Nullable PodioException failure) {}

  /**
   * For the call factory of the shared Retrofit: tags {@code request} with {@code auth} and, when it goes to the API
   * host, signs it, all in one rebuild of the request; {@link #intercept} then sends it as it is. A failure to get a
   * token is kept for {@link #intercept} to report, so it reaches the caller the same way as on other requests.
   */
  Request prepare(Request request, Authentication auth) {
    Request.Builder builder = request.newBuilder().tag(Authentication.class, auth);
    if (sameOrigin(request.url())) {
      Prepared prepared;
      try {
        String token = auth.accessToken();
        signHeaders(builder, token);
        prepared = new Prepared(token, null);
      } catch (PodioException e) {
        prepared = new Prepared(null, e);
      }
      builder.tag(Prepared.class, prepared);
    }
    return builder.build();
  }

  private Request.Builder signHeaders(Request.Builder builder, String token) {
    builder.header("User-Agent", userAgent).header("Authorization", "OAuth2 " + token);
    if (dryRun) {
      builder.header("X-Podio-Dry-Run", "true");
    }
    return builder;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request original = chain.request();
    Authentication auth = original.tag(Authentication.class);
    if (auth == null || !sameOrigin(original.url())) {
      // Never send a token anywhere but the API host.
      Request.Builder builder = original.newBuilder().header("User-Agent", userAgent).removeHeader("Authorization");
      if (dryRun) {
        builder.header("X-Podio-Dry-Run", "true");
      }
      return chain.proceed(builder.build());
    }
    Prepared prepared = original.tag(Prepared.class);
    String token;
    Request request;
    if (prepared != null) {
      if (prepared.failure() != null) {
        throw new PodioIOException(prepared.failure());
      }
      token = Objects.requireNonNull(prepared.token());
      request = original;
    } else {
      token = podio(auth::accessToken);
      request = signHeaders(original.newBuilder(), token).build();
    }
    boolean retriedAfterRejection = false;
    int rateLimitRetried = 0;
    while (true) {
      Response response = chain.proceed(request);
      rateLimits.record(auth.key(), response.headers(), clock.now());
      if (response.code() == 401 && !retriedAfterRejection && tokenRejected(response)) {
        retriedAfterRejection = true;
        String rejected = token;
        try {
          token = podio(() -> auth.accessTokenAfterRejection(rejected));
        } finally {
          response.close();
        }
        if (!replayable(original.body())) {
          throw new PodioIOException(new PodioApiException.UnauthorizedException(Errors.describe(original)
              + " failed: Podio rejected the access token (HTTP 401). A new token was obtained, but the request's body "
              + "can be sent only once, so the request was not repeated: send it again.", null));
        }
        LOG.log(Level.DEBUG, "{0}: the access token was rejected; retrying once with a fresh one",
            Errors.describe(original));
        request = signHeaders(original.newBuilder(), token).build();
        continue;
      }
      if (Errors.rateLimited(response.code()) && rateLimitRetried < rateLimitRetries
          && replayable(original.body())) {
        Duration retryAfter = Errors.retryAfter(response.headers(), clock);
        Duration wait = retryAfter != null ? Backoff.atLeast(retryAfter)
            : Backoff.exponential(rateLimitRetried + 1, Duration.ofSeconds(1), rateLimitMaxWait);
        if (retryAfter == null || retryAfter.compareTo(rateLimitMaxWait) <= 0) {
          rateLimitRetried++;
          response.close();
          LOG.log(Level.INFO, "{0} was rate limited (HTTP {1}); retry {2} of {3} in {4} ms", Errors.describe(original),
              response.code(), rateLimitRetried, rateLimitRetries, wait.toMillis());
          try {
            sleeper.sleep(wait);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting out a rate limit");
          }
          continue;
        }
      }
      return response;
    }
  }

  /** Whether a 401 says the token expired or is not (any longer) valid, as Podio words it. */
  static boolean tokenRejected(Response response) throws IOException {
    String challenge = response.header("WWW-Authenticate");
    if (challenge != null && (challenge.contains("expired_token") || challenge.contains("invalid_token"))) {
      return true;
    }
    PodioError error = Json.error(response.peekBody(PEEK_BYTES).string());
    if (error == null) {
      return false;
    }
    String description = error.description() == null ? "" : error.description().toLowerCase(Locale.ROOT);
    return error.error().equals("invalid_token") || error.error().equals("expired_token")
        || description.contains("expired_token") || description.contains("invalid_token");
  }

  private static boolean replayable(@Nullable RequestBody body) {
    return body == null || !(body.isOneShot() || body.isDuplex());
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(apiUrl.scheme()) && url.host().equals(apiUrl.host()) && url.port() == apiUrl.port();
  }

  /** Runs a core call that may throw a {@link PodioException}, carrying it through OkHttp as an IOException. */
  private static String podio(Supplier<String> call) throws IOException {
    try {
      return call.get();
    } catch (PodioException e) {
      throw new PodioIOException(e);
    }
  }
}
