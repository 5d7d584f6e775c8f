package io.podiokit.http.retrofit;

import io.podiokit.AuthListener;
import io.podiokit.Authentication;
import io.podiokit.AuthorizationRequest;
import io.podiokit.ClientCredentials;
import io.podiokit.Clock;
import io.podiokit.PodioAuth;
import io.podiokit.internal.Urls;
import io.podiokit.RefreshPolicy;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A Podio client for one API key: authenticate with any of Podio's four flows, then call the API as any
 * authentication through {@link #api(Authentication)}. Tokens are kept in the {@link SessionStore}, refreshed before
 * they expire (once, however many threads ask), refreshed again when Podio rejects one, and re-obtained for app and
 * password authentications whose refresh token died.
 *
 * <pre>{@code
 * try (PodioClient client = PodioClient.builder()
 *     .credentials(clientId, clientSecret)
 *     .sessionStore(SessionStores.open("memory:"))
 *     .build()) {
 *   PodioApi api = client.api(client.authenticateWithApp(appId, appToken));
 *   App app = api.apps().app(appId);
 * }
 * }</pre>
 *
 * <p>Thread-safe; build one per API key and share it. {@link #toString()} never shows a secret.
 */
public final class PodioClient implements AutoCloseable {

  /** Podio's API. */
  public static final URI DEFAULT_API_URL = RetrofitTokenEndpoint.DEFAULT_API_URL;
  /** Podio's authorization page. */
  public static final URI DEFAULT_AUTHORIZE_URL = PodioAuth.DEFAULT_AUTHORIZE_URL;
  /** {@code podiokit/<version>}. */
  public static final String DEFAULT_USER_AGENT = "podiokit/" + Version.VERSION;
  /** Connect timeout of the HTTP client made when none is given. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Read timeout of the HTTP client made when none is given. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  private final PodioAuth auth;
  private final RetrofitTokenEndpoint tokenEndpoint;
  private final OkHttpClient apiHttp;
  private final @Nullable OkHttpClient ownedHttp;
  private final HttpUrl apiUrl;
  private final Retrofit retrofit;
  private final RateLimits rateLimits = new RateLimits();
  private final Clock clock;
  private final boolean dryRun;

  private final ConcurrentHashMap<Class<?>, Object> services = new ConcurrentHashMap<>();

  private PodioClient(Builder b) {
    ClientCredentials credentials = Objects.requireNonNull(b.credentials);
    OkHttpClient base = b.okHttpClient != null ? b.okHttpClient : defaultHttpClient();
    this.ownedHttp = b.okHttpClient != null ? null : base;
    this.clock = b.clock;
    this.dryRun = b.dryRun;
    this.apiUrl = RetrofitTokenEndpoint.baseUrl(b.apiUrl);
    this.tokenEndpoint = RetrofitTokenEndpoint.builder()
        .credentials(credentials)
        .apiUrl(b.apiUrl)
        .format(b.tokenRequestFormat)
        .httpBasic(b.httpBasic)
        .maxAttempts(b.tokenEndpointAttempts)
        .clock(b.clock)
        .userAgent(b.userAgent)
        .okHttpClient(base)
        .sleeper(b.sleeper)
        .build();
    this.auth = b.auth.tokenEndpoint(tokenEndpoint).build();
    this.apiHttp = base.newBuilder()
        .followSslRedirects(false)
        .addInterceptor(new SigningInterceptor(apiUrl, b.userAgent, b.dryRun, b.rateLimitRetries, b.rateLimitMaxWait,
            b.sleeper, b.clock, rateLimits))
        .build();
    this.retrofit = new Retrofit.Builder()
        .baseUrl(apiUrl)
        .callFactory(Binding.callFactory(apiHttp))
        .addCallAdapterFactory(new DirectCallAdapterFactory(b.clock))
        .addConverterFactory(new BodyConverterFactory())
        .addConverterFactory(new StrictJsonConverterFactory())
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
  }

  /** A builder; credentials and a session store are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The core authentication this client delegates to (flows, sessions, refresh policy). */
  public PodioAuth auth() {
    return auth;
  }

  /** The token endpoint this client exchanges grants at. */
  public RetrofitTokenEndpoint tokenEndpoint() {
    return tokenEndpoint;
  }

  /**
   * The API as {@code authentication}: typed services, your own Retrofit interfaces and raw JSON calls, signed with
   * its token. Cheap; every API of this client shares one connection pool.
   */
  public PodioApi api(Authentication authentication) {
    return new PodioApi(Objects.requireNonNull(authentication, "authentication == null"), this);
  }

  /** The one instance of {@code type} this client's Retrofit made, created on first use. */
  <T> T service(Class<T> type) {
    return type.cast(services.computeIfAbsent(type, retrofit::create));
  }

  Retrofit retrofit() {
    return retrofit;
  }

  OkHttpClient apiHttp() {
    return apiHttp;
  }

  HttpUrl apiUrl() {
    return apiUrl;
  }

  Clock clock() {
    return clock;
  }

  /** What Podio last said about {@code authentication}'s rate limit, if any of its responses carried the headers. */
  public Optional<RateLimitStatus> rateLimit(Authentication authentication) {
    return rateLimits.of(Objects.requireNonNull(authentication, "authentication == null").key());
  }

  /** App authentication; see {@link PodioAuth#authenticateWithApp(long, String)}. */
  public Authentication authenticateWithApp(long appId, String appToken) {
    return auth.authenticateWithApp(appId, appToken);
  }

  /** Password authentication; see {@link PodioAuth#authenticateWithPassword(String, String)}. */
  public Authentication authenticateWithPassword(String username, String password) {
    return auth.authenticateWithPassword(username, password);
  }

  /** Starts the server-side flow; see {@link PodioAuth#authorizationRequest(String, String)}. */
  public AuthorizationRequest authorizationRequest(String redirectUri, String scope) {
    return auth.authorizationRequest(redirectUri, scope);
  }

  /** Starts the client-side flow; see {@link PodioAuth#implicitAuthorizationRequest(String, String)}. */
  public AuthorizationRequest implicitAuthorizationRequest(String redirectUri, String scope) {
    return auth.implicitAuthorizationRequest(redirectUri, scope);
  }

  /** Completes the server-side flow; see {@link PodioAuth#completeAuthorization(String, String, AuthorizationRequest)}. */
  public Authentication completeAuthorization(String userId, String callbackQuery, AuthorizationRequest request) {
    return auth.completeAuthorization(userId, callbackQuery, request);
  }

  /**
   * Completes the client-side flow; see
   * {@link PodioAuth#completeImplicitAuthorization(String, String, AuthorizationRequest)}.
   */
  public Authentication completeImplicitAuthorization(String userId, String fragment, AuthorizationRequest request) {
    return auth.completeImplicitAuthorization(userId, fragment, request);
  }

  /** The handle of your user {@code userId}'s session. */
  public Authentication forUser(String userId) {
    return auth.forUser(userId);
  }

  /** The handle of an app's session. */
  public Authentication forApp(long appId) {
    return auth.forApp(appId);
  }

  /** The handle of any session key. */
  public Authentication forKey(SessionKey key) {
    return auth.forKey(key);
  }

  /**
   * Stops background refreshes and, if this client made its own HTTP client, its threads and connections. A shared
   * {@link OkHttpClient} and the session store are left open: they are yours.
   */
  @Override
  public void close() {
    auth.close();
    if (ownedHttp != null) {
      ownedHttp.dispatcher().executorService().shutdown();
      ownedHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "PodioClient[clientId=" + auth.credentials().clientId() + ", apiUrl=" + apiUrl + ", dryRun=" + dryRun + "]";
  }

  static OkHttpClient defaultHttpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  static String checkUserAgent(String userAgent) {
    Objects.requireNonNull(userAgent, "userAgent == null");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, was \"" + userAgent + "\"");
    }
    return userAgent;
  }

  /**
   * Builds a {@link PodioClient}. Every setting but the credentials and the session store has a default. The
   * authentication settings are {@link PodioAuth.Builder}'s, under the same names; the rest are the HTTP client's.
   */
  public static final class Builder {
    private final PodioAuth.Builder auth = PodioAuth.builder();
    private @Nullable ClientCredentials credentials;
    private boolean sessionStoreSet;
    private URI apiUrl = DEFAULT_API_URL;
    private Clock clock = Clock.system();
    private @Nullable OkHttpClient okHttpClient;
    private String userAgent = DEFAULT_USER_AGENT;
    private boolean dryRun;
    private TokenRequestFormat tokenRequestFormat = TokenRequestFormat.JSON;
    private boolean httpBasic;
    private int tokenEndpointAttempts = 3;
    private int rateLimitRetries;
    private Duration rateLimitMaxWait = Duration.ofMinutes(1);
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /** The API key. Required (this or {@link #credentials(String, String)}). */
    public Builder credentials(ClientCredentials credentials) {
      auth.credentials(credentials);
      this.credentials = credentials;
      return this;
    }

    /** The API key's client id and secret. */
    public Builder credentials(String clientId, String clientSecret) {
      return credentials(new ClientCredentials(clientId, clientSecret));
    }

    /** See {@link PodioAuth.Builder#sessionStore}. Required; not closed by the client. */
    public Builder sessionStore(SessionStore sessionStore) {
      auth.sessionStore(sessionStore);
      sessionStoreSet = true;
      return this;
    }

    /** See {@link PodioAuth.Builder#clock}; also dates rate-limit readings. Default {@link Clock#system()}. */
    public Builder clock(Clock clock) {
      auth.clock(clock);
      this.clock = clock;
      return this;
    }

    /** See {@link PodioAuth.Builder#policy}; default {@link RefreshPolicy#defaults()}. */
    public Builder policy(RefreshPolicy policy) {
      auth.policy(policy);
      return this;
    }

    /** See {@link PodioAuth.Builder#authorizeUrl}; default {@link #DEFAULT_AUTHORIZE_URL}. */
    public Builder authorizeUrl(URI authorizeUrl) {
      auth.authorizeUrl(authorizeUrl);
      return this;
    }

    /** Podio's authorization page as text. */
    public Builder authorizeUrl(String authorizeUrl) {
      return authorizeUrl(URI.create(Objects.requireNonNull(authorizeUrl, "authorizeUrl == null")));
    }

    /** See {@link PodioAuth.Builder#listener}; none by default. */
    public Builder listener(AuthListener listener) {
      auth.listener(listener);
      return this;
    }

    /** See {@link PodioAuth.Builder#executor}; default a daemon pool the client shuts down on close. */
    public Builder executor(Executor executor) {
      auth.executor(executor);
      return this;
    }

    /** See {@link PodioAuth.Builder#reauthorization}; unset by default. */
    public Builder reauthorization(String redirectUri, String scope) {
      auth.reauthorization(redirectUri, scope);
      return this;
    }

    /** The API's base URL; default {@link #DEFAULT_API_URL}. Must be https unless the host is loopback. */
    public Builder apiUrl(URI apiUrl) {
      Urls.requireSecure(apiUrl, "apiUrl");
      if (HttpUrl.parse(apiUrl.toString()) == null) {
        throw new IllegalArgumentException("apiUrl is not an http(s) URL: " + apiUrl);
      }
      this.apiUrl = apiUrl;
      return this;
    }

    /** The API's base URL as text. */
    public Builder apiUrl(String apiUrl) {
      return apiUrl(URI.create(Objects.requireNonNull(apiUrl, "apiUrl == null")));
    }

    /**
     * The HTTP client to share (connection pool, dispatcher, proxy, TLS, timeouts), used as it is configured;
     * default a new one with a 10 s connect and a 60 s read timeout, closed by {@link PodioClient#close()}.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /** The User-Agent header; default {@link #DEFAULT_USER_AGENT}. */
    public Builder userAgent(String userAgent) {
      this.userAgent = checkUserAgent(userAgent);
      return this;
    }

    /** Sends {@code X-Podio-Dry-Run: true} with every API call, so Podio validates without writing; default off. */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** JSON {@code /oauth/token/v2} (default) or form-encoded {@code /oauth/token}. */
    public Builder tokenRequestFormat(TokenRequestFormat format) {
      this.tokenRequestFormat = Objects.requireNonNull(format, "format == null");
      return this;
    }

    /** Sends the client id and secret to the token endpoint as HTTP Basic instead of in the body; default off. */
    public Builder httpBasic(boolean httpBasic) {
      this.httpBasic = httpBasic;
      return this;
    }

    /** Attempts in all for a refresh, app or password grant that failed on the wire or with 502-504 (1-10); default 3. */
    public Builder tokenEndpointAttempts(int attempts) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("tokenEndpointAttempts must be between 1 and 10, was " + attempts);
      }
      this.tokenEndpointAttempts = attempts;
      return this;
    }

    /**
     * Retries API calls answered 420 or 429 up to {@code maxRetries} times (0 to 10; default 0, off), waiting what
     * {@code Retry-After} says plus a little jitter, or a jittered exponential backoff from 1 s without it. A
     * {@code Retry-After} longer than {@code maxWait} is not waited for: the {@link io.podiokit.RateLimitException}
     * comes at once.
     */
    public Builder rateLimitRetries(int maxRetries, Duration maxWait) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      Objects.requireNonNull(maxWait, "maxWait == null");
      if (maxWait.isNegative() || maxWait.isZero()) {
        throw new IllegalArgumentException("maxWait must be positive, was " + maxWait);
      }
      this.rateLimitRetries = maxRetries;
      this.rateLimitMaxWait = maxWait;
      return this;
    }

    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException naming every required setting that is missing
     */
    public PodioClient build() {
      List<String> missing = new ArrayList<>();
      if (credentials == null) {
        missing.add("credentials");
      }
      if (!sessionStoreSet) {
        missing.add("sessionStore");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("PodioClient.Builder is missing " + String.join(", ", missing));
      }
      return new PodioClient(this);
    }
  }
}
