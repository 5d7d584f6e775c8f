package io.podiokit.http.retrofit;

import io.podiokit.AuthException;
import io.podiokit.ClientCredentials;
import io.podiokit.Clock;
import io.podiokit.Grant;
import io.podiokit.PodioAuth;
import io.podiokit.internal.Urls;
import io.podiokit.PodioError;
import io.podiokit.PodioException;
import io.podiokit.RateLimitException;
import io.podiokit.Token;
import io.podiokit.TokenEndpoint;
import io.podiokit.TokenRef;
import io.podiokit.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Podio's token endpoint over HTTP: exchanges any {@link Grant} for a {@link Token}. By default
 * {@code POST /oauth/token/v2} with a JSON body; {@link TokenRequestFormat#FORM} sends a form-encoded
 * {@code POST /oauth/token} instead. The client credentials go in the body, or as HTTP Basic when asked.
 *
 * <p>Failures: an OAuth error (HTTP 4xx with {@code {"error": ...}}) becomes the matching {@link AuthException}
 * ({@code invalid_grant} → {@link io.podiokit.InvalidGrantException}, {@code invalid_client} →
 * {@link io.podiokit.InvalidClientException}); HTTP 420/429 a {@link RateLimitException}; anything else (no
 * connection, a timeout, a dropped connection, 5xx, an HTML, empty or malformed body) a {@link TransportException}.
 *
 * <p>Retries: refresh, app and password grants are retried, with jittered exponential backoff, up to
 * {@link Builder#maxAttempts(int)} attempts in all, when the connection failed or timed out or Podio answered 502, 503
 * or 504. An authorization code is never retried: it can be used once, and a retry after a lost response would burn
 * it. A retried refresh is harmless while Podio keeps refresh tokens (as observed); if Podio rotated the token while
 * the response was lost, the retry answers {@code invalid_grant} — but that refresh token was already dead, so the
 * retry only brings forward what the next refresh would meet (the core replays app and password grants then).
 * OkHttp's own silent retry after a connection failure is switched off here, so no grant is ever sent twice behind
 * this policy's back; an authorization code always goes over a new connection.
 *
 * <p>Safe for concurrent use. Neither {@link #toString()} nor any message contains a secret.
 */
public final class RetrofitTokenEndpoint implements TokenEndpoint {

  /** Podio's API, which serves the token endpoint. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.podio.com");

  private static final System.Logger LOG = System.getLogger("io.podiokit.http");
  private static final Duration BACKOFF_BASE = Duration.ofMillis(200);
  private static final Duration BACKOFF_CAP = Duration.ofSeconds(2);
  /** The longest lifetime an answer may state, as for a client-side callback: 366 days. */
  private static final long MAX_EXPIRES_IN_SECONDS = Duration.ofDays(366).toSeconds();

  private final ClientCredentials credentials;
  private final URI apiUrl;
  private final TokenRequestFormat format;
  private final boolean httpBasic;
  private final int maxAttempts;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String userAgent;
  private final TokenService service;
  private final TokenService singleUseService;

  private RetrofitTokenEndpoint(Builder b, OkHttpClient http) {
    this.credentials = Objects.requireNonNull(b.credentials);
    this.apiUrl = b.apiUrl;
    this.format = b.format;
    this.httpBasic = b.httpBasic;
    this.maxAttempts = b.maxAttempts;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.userAgent = b.userAgent;
    // OkHttp's own silent retry after a connection failure would replay a grant behind our back (an authorization
    // code included): this endpoint decides about retries itself.
    OkHttpClient reusing = http.newBuilder().followSslRedirects(false).retryOnConnectionFailure(false).build();
    this.service = service(reusing);
    // An authorization code goes over a new connection, never a pooled one the server may have closed meanwhile, so
    // that the one attempt it gets is not lost to a stale connection.
    this.singleUseService = service(reusing.newBuilder()
        .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)).build());
  }

  private TokenService service(OkHttpClient http) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl(apiUrl))
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build()
        .create(TokenService.class);
  }

  /** {@return a builder; the credentials are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Exchanges {@code grant} for a token whose expiry is measured from when the request was sent.
   *
   * @throws AuthException when Podio refuses the grant
   * @throws RateLimitException when Podio answers 420 or 429
   * @throws TransportException when Podio could not be reached or answered something that is not a token
   */
  @Override
  public Token exchange(Grant grant) {
    Objects.requireNonNull(grant, "grant == null");
    int attempts = grant instanceof Grant.AuthorizationCode ? 1 : maxAttempts;
    for (int attempt = 1; ; attempt++) {
      try {
        return once(grant);
      } catch (Retryable retryable) {
        if (attempt >= attempts) {
          throw retryable.failure;
        }
        Duration wait = Backoff.exponential(attempt, BACKOFF_BASE, BACKOFF_CAP);
        LOG.log(Level.WARNING, "The {0} grant failed ({1}); attempt {2} of {3} in {4} ms", grant.grantType(),
            retryable.failure.getMessage(), attempt + 1, attempts, wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw retryable.failure;
        }
      }
    }
  }

  private Token once(Grant grant) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("grant_type", grant.grantType());
    if (!httpBasic) {
      params.put("client_id", credentials.clientId());
      params.put("client_secret", credentials.clientSecret());
    }
    params.putAll(grant.parameters());
    String basic = httpBasic
        ? Credentials.basic(credentials.clientId(), credentials.clientSecret(), StandardCharsets.UTF_8) : null;
    TokenService via = grant instanceof Grant.AuthorizationCode ? singleUseService : service;
    Call<ResponseBody> call = format == TokenRequestFormat.JSON
        ? via.json(basic, userAgent, params) : via.form(basic, userAgent, params);
    String request = "POST " + call.request().url().encodedPath() + " (" + grant.grantType() + " grant)";
    Instant sentAt = clock.now();
    Response<ResponseBody> response;
    String body;
    try {
      response = call.execute();
      ResponseBody payload = response.isSuccessful() ? response.body() : response.errorBody();
      body = payload == null ? "" : payload.string();
    } catch (IOException e) {
      throw new Retryable(Errors.transport(request, e));
    }
    int status = response.code();
    String contentType = response.headers().get("Content-Type");
    if (response.isSuccessful()) {
      return token(request, status, contentType, body, sentAt);
    }
    if (Errors.rateLimited(status)) {
      throw (RateLimitException) Errors.api(request, status, response.headers(), contentType, body, clock);
    }
    PodioError error = Json.error(body);
    if (status >= 500) {
      TransportException failure = new TransportException(request + " failed: HTTP " + status
          + (error == null ? " with " + Json.describe(contentType, body)
              : " " + error.error() + (error.description() == null ? "" : " (" + error.description() + ")"))
          + ". Podio's token endpoint is failing; the stored session is kept, retry later.", null);
      throw status == 502 || status == 503 || status == 504 ? new Retryable(failure) : failure;
    }
    if (error != null) {
      throw AuthException.fromTokenEndpoint(error, grant.grantType());
    }
    throw new TransportException(request + " failed: HTTP " + status + " with " + Json.describe(contentType, body)
        + " instead of an OAuth error. Check the API URL (a proxy may be answering), then retry.", null);
  }

  private Token token(String request, int status, @Nullable String contentType, String body, Instant sentAt) {
    Map<String, Object> map = Json.object(body);
    if (map == null) {
      throw new TransportException(request + " answered HTTP " + status + " with " + Json.describe(contentType, body)
          + " instead of a token. A proxy in between or Podio itself is failing; retry later.", null);
    }
    if (!(map.get("access_token") instanceof String accessToken) || accessToken.isBlank()) {
      throw new TransportException(request + " answered HTTP " + status + " without an access_token. A proxy in "
          + "between or Podio itself is failing; retry later.", null);
    }
    Long expiresIn = seconds(map.get("expires_in"));
    if (expiresIn == null || expiresIn <= 0) {
      throw new TransportException(request + " answered HTTP " + status + " without a positive expires_in, so the "
          + "token's expiry is unknown; it was not used. Retry later.", null);
    }
    if (expiresIn > MAX_EXPIRES_IN_SECONDS) {
      throw new TransportException(request + " answered HTTP " + status + " with an expires_in of " + expiresIn
          + " seconds, outside 1 second to 366 days (Podio's tokens live 8 hours); the token was not used. A proxy in "
          + "between may be altering the answer; retry later.", null);
    }
    TokenRef ref = null;
    if (map.get("ref") instanceof Map<?, ?> r && r.get("type") instanceof String type) {
      Long id = seconds(r.get("id"));
      if (id != null) {
        ref = new TokenRef(type, id);
      }
    }
    String refreshToken = map.get("refresh_token") instanceof String s ? s : null;
    String scope = map.get("scope") instanceof String s ? s : "";
    String tokenType = map.get("token_type") instanceof String s && !s.isBlank() ? s : "bearer";
    return new Token(accessToken, refreshToken, sentAt.plusSeconds(expiresIn), scope, ref, tokenType);
  }

  private static @Nullable Long seconds(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static HttpUrl baseUrl(URI apiUrl) {
    String text = apiUrl.toString();
    return Objects.requireNonNull(HttpUrl.parse(text.endsWith("/") ? text : text + "/"), "apiUrl");
  }

  @Override
  public String toString() {
    return "RetrofitTokenEndpoint[clientId=" + credentials.clientId() + ", apiUrl=" + apiUrl + ", format=" + format
        + ", httpBasic=" + httpBasic + ", maxAttempts=" + maxAttempts + "]";
  }

  /** A failure that may be retried; unchecked so it can cross {@link #once}. */
  private static final class Retryable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PodioException failure;

    Retryable(PodioException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /** Builds a {@link RetrofitTokenEndpoint}. */
  public static final class Builder {
    private @Nullable ClientCredentials credentials;
    private URI apiUrl = DEFAULT_API_URL;
    private TokenRequestFormat format = TokenRequestFormat.JSON;
    private boolean httpBasic;
    private int maxAttempts = 3;
    private Clock clock = Clock.system();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private String userAgent = PodioClient.DEFAULT_USER_AGENT;
    private @Nullable OkHttpClient okHttpClient;

    private Builder() {}

    /**
     * The API key. Required.
     *
     * @param credentials the API key
     * @return this builder
     */
    public Builder credentials(ClientCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The API's base URL; default {@link #DEFAULT_API_URL}. Must be https unless the host is loopback.
     *
     * @param apiUrl the API's base URL
     * @return this builder
     */
    public Builder apiUrl(URI apiUrl) {
      this.apiUrl = Urls.requireSecure(apiUrl, "apiUrl");
      if (HttpUrl.parse(apiUrl.toString()) == null) {
        throw new IllegalArgumentException("apiUrl is not an http(s) URL: " + apiUrl);
      }
      return this;
    }

    /**
     * JSON ({@code /oauth/token/v2}, the default) or form-encoded ({@code /oauth/token}).
     *
     * @param format JSON ({@code /oauth/token/v2}, the default) or form-encoded ({@code /oauth/token})
     * @return this builder
     */
    public Builder format(TokenRequestFormat format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /**
     * Sends the client id and secret as HTTP Basic instead of in the body; default {@code false}.
     *
     * @param httpBasic whether to send the client credentials as HTTP Basic
     * @return this builder
     */
    public Builder httpBasic(boolean httpBasic) {
      this.httpBasic = httpBasic;
      return this;
    }

    /**
     * Attempts in all for a retryable failure of a refresh, app or password grant (1 to 10); default 3.
     *
     * @param maxAttempts the attempts in all, 1 to 10
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 10, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The time source that dates tokens' expiry; default {@link Clock#system()}.
     *
     * @param clock the time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The User-Agent header; default {@code podiokit/<version>}.
     *
     * @param userAgent the User-Agent header; default {@code podiokit/<version>}
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = PodioClient.checkUserAgent(userAgent);
      return this;
    }

    /**
     * The HTTP client to share (connection pool, proxy, TLS, timeouts); default one with 10 s connect, 60 s read.
     *
     * @param okHttpClient the HTTP client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Builds the endpoint.
     *
     * @return the endpoint
     * @throws IllegalStateException if the credentials are missing
     */
    public RetrofitTokenEndpoint build() {
      List<String> missing = new ArrayList<>();
      if (credentials == null) {
        missing.add("credentials");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("RetrofitTokenEndpoint.Builder is missing " + String.join(", ", missing));
      }
      return new RetrofitTokenEndpoint(this, okHttpClient != null ? okHttpClient : PodioClient.defaultHttpClient());
    }
  }
}
