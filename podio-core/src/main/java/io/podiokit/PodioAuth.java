package io.podiokit;

import io.podiokit.internal.Urls;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Authentication for one Podio API key: the shared parts (token endpoint, session store, clock, policy, listeners)
 * and the four flows. Build one per API key and share it; hand out cheap {@link Authentication} handles per user or
 * app. Thread-safe; holds no static state.
 *
 * <pre>{@code
 * PodioAuth auth = PodioAuth.builder()
 *     .credentials(new ClientCredentials(clientId, clientSecret))
 *     .tokenEndpoint(tokenEndpoint)
 *     .sessionStore(SessionStores.open("memory:"))
 *     .build();
 * Authentication app = auth.authenticateWithApp(appId, appToken);
 * String token = app.accessToken(); // always valid: refreshed, stored and shared as needed
 * }</pre>
 */
public final class PodioAuth implements AutoCloseable {

  /** Podio's authorization page. */
  public static final URI DEFAULT_AUTHORIZE_URL = URI.create("https://podio.com/oauth/authorize");

  private static final int STATE_BYTES = 32;
  /** The longest access-token lifetime a client-side callback may claim: one year. */
  private static final long MAX_EXPIRES_IN_SECONDS = 366L * 24 * 3600;

  private final ClientCredentials credentials;
  private final URI authorizeUrl;
  private final Clock clock;
  private final TokenManager manager;
  private final SecureRandom random = new SecureRandom();
  private final @Nullable ExecutorService ownedExecutor;
  private final ScheduledExecutorService timer;
  private final ExecutorService storeThreads;
  private final @Nullable String reauthRedirectUri;
  private final String reauthScope;

  private PodioAuth(Builder b, Executor executor, @Nullable ExecutorService ownedExecutor) {
    this.credentials = Objects.requireNonNull(b.credentials, "credentials");
    this.authorizeUrl = b.authorizeUrl;
    this.clock = b.clock;
    this.ownedExecutor = ownedExecutor;
    this.timer = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("podiokit-timer-"));
    this.storeThreads = Executors.newCachedThreadPool(new DaemonThreads("podiokit-store-"));
    this.reauthRedirectUri = b.reauthRedirectUri;
    this.reauthScope = b.reauthScope;
    this.manager = new TokenManager(Objects.requireNonNull(b.tokenEndpoint, "tokenEndpoint"),
        Objects.requireNonNull(b.sessionStore, "sessionStore"), b.clock, b.policy, b.listeners, executor,
        timer, storeThreads, () -> reauthRedirectUri == null ? null : authorizationRequest(reauthRedirectUri, reauthScope));
  }

  /** {@return a builder; credentials, token endpoint and session store are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the API key this instance authenticates for} */
  public ClientCredentials credentials() {
    return credentials;
  }

  /** {@return the refresh policy in force} */
  public RefreshPolicy policy() {
    return manager.policy();
  }

  /** {@return the clock this instance reads time from} */
  public Clock clock() {
    return clock;
  }

  // --- server-side and client-side flows -------------------------------------------------------------------------

  /**
   * Starts the server-side flow: the URL to send the user's browser to ({@code response_type=code}) with a fresh
   * random {@code state} of 256 bits. Keep the returned request until the callback arrives.
   *
   * @return the request: its URL, state, redirect URI and scope
   * @param redirectUri where Podio sends the browser back; must be on your API key's domain
   * @param scope space-separated {@code type:permission} pairs, e.g. {@code "user:read space:all"}; empty for
   *     Podio's default
   */
  public AuthorizationRequest authorizationRequest(String redirectUri, String scope) {
    return request(redirectUri, scope, "code");
  }

  /**
   * Starts the client-side flow: like {@link #authorizationRequest} with {@code response_type=token}.
   *
   * @param redirectUri where Podio sends the user back, registered with the API key's domain
   * @param scope the requested scope, e.g. {@code global:all}; empty for the API key's default
   * @return the request: its URL, state, redirect URI and scope
   */
  public AuthorizationRequest implicitAuthorizationRequest(String redirectUri, String scope) {
    return request(redirectUri, scope, "token");
  }

  /**
   * Completes the server-side flow for your user {@code userId}: checks the callback's {@code state} against
   * {@code request}'s in constant time, exchanges the code and stores the session.
   *
   * @param request the request this user's browser was sent with
   * @return the authenticated user's handle
   * @param userId your own id for the user; the session is stored under {@link SessionKey#user(String, String)}
   * @param callbackQuery the callback's query string, or its whole URL
   * @throws InvalidCallbackException if the state is missing or wrong (nothing is exchanged) or the code is missing
   * @throws AuthorizationDeniedException if the user pressed Deny
   * @throws AuthException if Podio refused the code
   */
  public Authentication completeAuthorization(String userId, String callbackQuery, AuthorizationRequest request) {
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(callbackQuery, "callbackQuery == null");
    Objects.requireNonNull(request, "request == null");
    Map<String, String> params = Callbacks.parameters(callbackQuery, '?');
    Callbacks.verify(params, request.state(), "server-side");
    String code = Callbacks.required(params, "code", "server-side");
    SessionKey key = SessionKey.user(credentials.clientId(), userId);
    manager.exchangeOnce(key, new Grant.AuthorizationCode(code, request.redirectUri()), GrantKind.AUTHORIZATION_CODE);
    return forKey(key);
  }

  /**
   * Completes the client-side flow for your user {@code userId} from the fragment the browser received
   * ({@code #access_token=...&expires_in=...&refresh_token=...&state=...}), URL-decoded, state checked.
   *
   * @param userId your application's identifier for the user
   * @param request the request this user's browser was sent with
   * @return the authenticated user's handle
   * @param fragment the fragment, with or without {@code #}, or the whole URL
   * @throws InvalidCallbackException if the state is missing or wrong, or the token or its expiry is missing
   */
  public Authentication completeImplicitAuthorization(String userId, String fragment, AuthorizationRequest request) {
    Objects.requireNonNull(userId, "userId == null");
    Objects.requireNonNull(fragment, "fragment == null");
    Objects.requireNonNull(request, "request == null");
    Map<String, String> params = Callbacks.parameters(fragment, '#');
    Callbacks.verify(params, request.state(), "client-side");
    String accessToken = Callbacks.required(params, "access_token", "client-side");
    String expiresIn = Callbacks.required(params, "expires_in", "client-side");
    long seconds;
    try {
      seconds = Long.parseLong(expiresIn);
    } catch (NumberFormatException e) {
      throw new InvalidCallbackException("The client-side callback's expires_in is not a number of seconds.");
    }
    if (seconds < 1 || seconds > MAX_EXPIRES_IN_SECONDS) {
      throw new InvalidCallbackException("The client-side callback's expires_in is " + seconds + " seconds, outside 1 to "
          + MAX_EXPIRES_IN_SECONDS + "; nothing was stored.");
    }
    String refreshToken = Callbacks.optional(params, "refresh_token");
    if (!Token.sendable(accessToken) || refreshToken != null && !Token.sendable(refreshToken)) {
      throw new InvalidCallbackException("The client-side callback's access_token or refresh_token holds characters "
          + "that cannot be sent in an HTTP header (only visible ASCII can); nothing was stored.");
    }
    String tokenType = Callbacks.optional(params, "token_type");
    String scope = Callbacks.optional(params, "scope");
    Token token = new Token(accessToken, refreshToken,
        clock.now().plus(Duration.ofSeconds(seconds)), scope == null ? "" : scope, null,
        tokenType == null ? "bearer" : tokenType);
    SessionKey key = SessionKey.user(credentials.clientId(), userId);
    manager.store(key, token, GrantKind.IMPLICIT);
    return forKey(key);
  }

  // --- app and password flows ------------------------------------------------------------------------------------

  /**
   * Authenticates as an app. A stored session that still works (or can be refreshed) is reused without asking
   * Podio; otherwise the app token is exchanged. The app token is remembered in memory (never stored) and replayed
   * if the session's refresh token dies.
   *
   * @param appId the Podio app's id
   * @param appToken the app's token, from the app's developer settings
   * @return the app's handle
   */
  public Authentication authenticateWithApp(long appId, String appToken) {
    SessionKey key = SessionKey.app(credentials.clientId(), appId);
    manager.authenticate(key, new Grant.App(appId, appToken), GrantKind.APP);
    return forKey(key);
  }

  /**
   * Authenticates with a username and password, reusing a stored session that still works. The password is kept in
   * memory only, to replay if the session dies. Use for testing or where no other flow fits. Like
   * {@link #authenticateWithApp}, reusing a stored session does not contact Podio, so the password is checked only when
   * it has to be exchanged: whoever can read the store can use its sessions anyway.
   *
   * @param username the Podio user's email address
   * @param password the Podio user's password
   * @return the user's handle
   */
  public Authentication authenticateWithPassword(String username, String password) {
    SessionKey key = SessionKey.password(credentials.clientId(), username);
    manager.authenticate(key, new Grant.Password(username, password), GrantKind.PASSWORD);
    return forKey(key);
  }

  // --- handles ---------------------------------------------------------------------------------------------------

  /**
   * {@return the handle of your user {@code userId}'s session (server-side or client-side flow), stored or not}
   *
   * @param userId your application's identifier for the user
   */
  public Authentication forUser(String userId) {
    return forKey(SessionKey.user(credentials.clientId(), userId));
  }

  /**
   * {@return the handle of an app's session, stored or not}
   *
   * @param appId the Podio app's id
   */
  public Authentication forApp(long appId) {
    return forKey(SessionKey.app(credentials.clientId(), appId));
  }

  /**
   * {@return the handle of any session key; cheap, holds no state of its own}
   *
   * @param key whose session
   */
  public Authentication forKey(SessionKey key) {
    return new Authentication(Objects.requireNonNull(key, "key == null"), manager);
  }

  /**
   * Tries once more to store any session whose write is still pending, then stops the threads this instance created.
   * Does not close the session store or an executor it was given.
   */
  @Override
  public void close() {
    manager.close();
    timer.shutdown();
    storeThreads.shutdown();
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
  }

  private AuthorizationRequest request(String redirectUri, String scope, String responseType) {
    Objects.requireNonNull(redirectUri, "redirectUri == null");
    Objects.requireNonNull(scope, "scope == null");
    URI redirect = URI.create(redirectUri);
    if (!redirect.isAbsolute()) {
      throw new IllegalArgumentException("redirectUri must be an absolute URL on your API key's domain, was "
          + redirectUri);
    }
    byte[] bytes = new byte[STATE_BYTES];
    random.nextBytes(bytes);
    String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    StringBuilder url = new StringBuilder(authorizeUrl.toString())
        .append(authorizeUrl.getRawQuery() == null ? '?' : '&')
        .append("response_type=").append(responseType)
        .append("&client_id=").append(encode(credentials.clientId()))
        .append("&redirect_uri=").append(encode(redirectUri));
    if (!scope.isBlank()) {
      url.append("&scope=").append(encode(scope.trim()));
    }
    url.append("&state=").append(state);
    return new AuthorizationRequest(URI.create(url.toString()), state, redirectUri, scope.trim(), responseType);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Builds a {@link PodioAuth}. */
  public static final class Builder {
    private @Nullable ClientCredentials credentials;
    private @Nullable TokenEndpoint tokenEndpoint;
    private @Nullable SessionStore sessionStore;
    private Clock clock = Clock.system();
    private RefreshPolicy policy = RefreshPolicy.defaults();
    private URI authorizeUrl = DEFAULT_AUTHORIZE_URL;
    private final List<AuthListener> listeners = new ArrayList<>();
    private @Nullable Executor executor;
    private @Nullable String reauthRedirectUri;
    private String reauthScope = "";

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
     * Where grants are exchanged for tokens, e.g. {@code RetrofitTokenEndpoint}. Required.
     *
     * @param tokenEndpoint where grants are exchanged for tokens, e.g. {@code RetrofitTokenEndpoint}
     * @return this builder
     */
    public Builder tokenEndpoint(TokenEndpoint tokenEndpoint) {
      this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint == null");
      return this;
    }

    /**
     * Where sessions are kept, e.g. {@code SessionStores.open("memory:")}. Required. Not closed by this instance.
     *
     * @param sessionStore where sessions are kept
     * @return this builder
     */
    public Builder sessionStore(SessionStore sessionStore) {
      this.sessionStore = Objects.requireNonNull(sessionStore, "sessionStore == null");
      return this;
    }

    /**
     * The time source; default {@link Clock#system()}.
     *
     * @param clock the time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Refresh margins, timeouts and lease settings; default {@link RefreshPolicy#defaults()}.
     *
     * @param policy the refresh policy
     * @return this builder
     */
    public Builder policy(RefreshPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Podio's authorization page; default {@link #DEFAULT_AUTHORIZE_URL}. Must be https unless loopback.
     *
     * @param authorizeUrl the URL of Podio's authorization page
     * @return this builder
     */
    public Builder authorizeUrl(URI authorizeUrl) {
      this.authorizeUrl = Urls.requireSecure(authorizeUrl, "authorizeUrl");
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener to add
     * @return this builder
     */
    public Builder listener(AuthListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Runs background refreshes; default a daemon thread pool owned and shut down by {@link #close()}.
     *
     * @param executor the executor of background refreshes; not shut down by this instance
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Where to send users whose session died: {@link ReauthorizationRequiredException} then carries a ready
     * {@link AuthorizationRequest}. Not set by default.
     *
     * @param redirectUri where Podio sends the user back, registered with the API key's domain
     * @param scope the requested scope, e.g. {@code global:all}; empty for the API key's default
     * @return this builder
     */
    public Builder reauthorization(String redirectUri, String scope) {
      this.reauthRedirectUri = Objects.requireNonNull(redirectUri, "redirectUri == null");
      this.reauthScope = Objects.requireNonNull(scope, "scope == null");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws IllegalStateException naming every required setting that is missing
     */
    public PodioAuth build() {
      List<String> missing = new ArrayList<>();
      if (credentials == null) {
        missing.add("credentials");
      }
      if (tokenEndpoint == null) {
        missing.add("tokenEndpoint");
      }
      if (sessionStore == null) {
        missing.add("sessionStore");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("PodioAuth.Builder is missing " + String.join(", ", missing));
      }
      if (executor != null) {
        return new PodioAuth(this, executor, null);
      }
      ExecutorService owned = Executors.newCachedThreadPool(new DaemonThreads("podiokit-refresh-"));
      return new PodioAuth(this, owned, owned);
    }
  }

  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();
    private final String prefix;

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  @Override
  public String toString() {
    return "PodioAuth[clientId=" + credentials.clientId() + ", policy=" + manager.policy() + "]";
  }
}
