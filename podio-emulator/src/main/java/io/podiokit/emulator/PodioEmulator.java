package io.podiokit.emulator;

import com.sun.net.httpserver.HttpServer;
import io.podiokit.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A Podio-compatible OAuth and API server on 127.0.0.1, for offline development and tests. It speaks Podio's token
 * endpoint ({@code /oauth/token} and {@code /oauth/token/v2}, all four grants), serves the authorization pages
 * ({@code /oauth/authorize}: login form, consent page, redirects), and answers an API subset over seeded in-memory
 * data, with its own clock, counters, rate limits and scripted faults.
 *
 * <pre>{@code
 * try (PodioEmulator podio = PodioEmulator.builder()
 *     .client("client-id", "client-secret")
 *     .app(1001L, "app-token")
 *     .user("mail@example.com", "password", "Display Name")
 *     .start()) {
 *   URI api = podio.baseUrl();
 *   ...
 * }
 * }</pre>
 *
 * <p>Run it from the command line with {@code java -jar podio-emulator.jar}; see {@link #main(String[])}. Safe for
 * concurrent use.
 */
public final class PodioEmulator implements AutoCloseable {

  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  /** The demo set's client id. */
  public static final String DEMO_CLIENT_ID = "demo-client";
  /** The demo set's client secret. */
  public static final String DEMO_CLIENT_SECRET = "demo-secret";
  /** The demo set's app id. */
  public static final long DEMO_APP_ID = 1001L;
  /** The demo set's app token. */
  public static final String DEMO_APP_TOKEN = "demo-app-token";
  /** The demo set's user's email. */
  public static final String DEMO_USER_EMAIL = "demo@example.com";
  /** The demo set's user's password. */
  public static final String DEMO_USER_PASSWORD = "demo-password";
  /** The demo set's user's name. */
  public static final String DEMO_USER_NAME = "Demo User";

  private static final System.Logger LOG = System.getLogger(PodioEmulator.class.getName());

  private final int requestedPort;
  private final EmulatorState state;
  private final World world;
  private final RouteTable routes;
  private final Faults tokenEndpointFaults = new Faults();
  private final Faults apiFaults = new Faults();
  private final Object lifecycle = new Object();
  private @Nullable HttpServer server;
  private @Nullable ExecutorService executor;
  private @Nullable URI baseUrl;
  private @Nullable ApiHandler api;
  private boolean closed;

  private PodioEmulator(Builder b) {
    this.requestedPort = b.port;
    List<EmulatorState.User> users = new ArrayList<>();
    long userId = 2001;
    for (Builder.UserSpec u : b.users) {
      users.add(new EmulatorState.User(userId, userId + 100_000, u.mail(), u.password(), u.name()));
      userId++;
    }
    this.state = new EmulatorState(List.copyOf(b.clients), List.copyOf(b.apps), users, b.accessTokenTtl,
        b.refreshTokenTtl, b.rotateRefreshTokens, b.rateLimit, b.clock);
    this.world = new World(state);
    world.maxFileSize(b.maxFileSize);
    this.routes = Areas.build(world);
  }

  /** What the areas share, for tests of the contracts between them (events, references). */
  World world() {
    return world;
  }

  /** {@return a new builder: add at least one client, then {@link Builder#build()} or {@link Builder#start()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening on 127.0.0.1 and returns this emulator. Starting a running emulator does nothing.
   *
   * @return this emulator
   * @throws IllegalStateException when the emulator was closed
   * @throws UncheckedIOException when the port cannot be bound
   */
  public PodioEmulator start() {
    synchronized (lifecycle) {
      if (closed) {
        throw new IllegalStateException("this PodioEmulator was closed: build a new one");
      }
      if (server != null) {
        return this;
      }
      HttpServer s;
      try {
        enableNoDelay();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        s = HttpServer.create(new InetSocketAddress(loopback, requestedPort), 1024);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on 127.0.0.1:" + requestedPort
            + (requestedPort == 0 ? "" : " (is the port in use? use port 0 for a free one)"), e);
      }
      URI url = URI.create("http://127.0.0.1:" + s.getAddress().getPort());
      String base = url.toString();
      world.baseUrl(base);
      ApiHandler apiHandler = new ApiHandler(state, apiFaults, base, routes);
      Router router = new Router(new TokenHandler(state, tokenEndpointFaults, base), new AuthorizeHandler(state),
          new AdminHandler(this), apiHandler, base);
      api = apiHandler;
      s.createContext("/", router);
      ExecutorService pool = Executors.newCachedThreadPool(threads(s.getAddress().getPort()));
      s.setExecutor(pool);
      s.start();
      server = s;
      executor = pool;
      baseUrl = url;
      LOG.log(System.Logger.Level.DEBUG, () -> "Podio emulator listening on " + url);
      return this;
    }
  }

  private static ThreadFactory threads(int port) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "podio-emulator-" + port + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Asks the JDK's HTTP server for TCP_NODELAY unless the JVM was told otherwise. Without it, a response written as
   * headers then body waits for the client's delayed ACK: about 40 ms per call on loopback instead of about 1 ms. The
   * JDK reads the property once, when its first HTTP server starts, so this also applies to other JDK HTTP servers
   * started later in the same JVM.
   */
  private static void enableNoDelay() {
    if (System.getProperty(NO_DELAY_PROPERTY) == null) {
      System.setProperty(NO_DELAY_PROPERTY, "true");
    }
  }

  /** Stops listening and drops open connections. Closing twice does nothing. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      world.area(HookRoutes.class).close();
      if (server != null) {
        server.stop(0);
        server = null;
      }
      if (executor != null) {
        executor.shutdownNow();
        executor = null;
      }
    }
  }

  /** {@return whether the emulator is listening} */
  public boolean isRunning() {
    synchronized (lifecycle) {
      return server != null;
    }
  }

  /**
   * Where the API and the token endpoint live: {@code http://127.0.0.1:PORT}.
   *
   * @return where the API and the token endpoint live: {@code http://127.0.0.1:PORT}
   * @throws IllegalStateException when the emulator has not been started
   */
  public URI baseUrl() {
    synchronized (lifecycle) {
      if (baseUrl == null) {
        throw new IllegalStateException("the PodioEmulator has not been started: call start()");
      }
      return baseUrl;
    }
  }

  /** {@return the port the emulator listens on (see {@link #baseUrl()})} */
  public int port() {
    return baseUrl().getPort();
  }

  /** {@return the authorization page: {@code http://127.0.0.1:PORT/oauth/authorize}} */
  public URI authorizeUrl() {
    return baseUrl().resolve(AuthorizeHandler.PATH);
  }

  /** {@return the emulator's current time: its clock's time plus every {@link #advanceClock} so far} */
  public Instant now() {
    return state.now();
  }

  /**
   * Moves the emulator's time forward, so tokens and codes expire and rate-limit windows end without waiting.
   *
   * @param by how far, not negative
   * @throws IllegalArgumentException when {@code by} is negative
   */
  public void advanceClock(Duration by) {
    Objects.requireNonNull(by, "by == null");
    if (by.isNegative()) {
      throw new IllegalArgumentException("the emulator's clock only moves forward, got " + by);
    }
    state.advance(by);
  }

  /** {@return what the emulator has counted since it started or since {@link #resetCounters()}} */
  public EmulatorCounters counters() {
    return state.counters.snapshot();
  }

  /** Sets every counter back to zero. */
  public void resetCounters() {
    state.counters.reset();
    world.area(HookRoutes.class).resetDeliveries();
  }

  /**
   * What the webhook deliveries have done since the emulator started or since {@link #resetCounters()}: attempts,
   * deliveries answered 2xx, retries, abandoned and pending deliveries. Hooks are created with
   * {@code POST /hook/{ref_type}/{ref_id}/}; their URLs must be on a loopback address.
   *
   * @return a snapshot of the delivery counts
   */
  public WebhookDeliveries webhookDeliveries() {
    return world.area(HookRoutes.class).deliveries();
  }

  /**
   * Whether every webhook event is posted twice from now on (two deliveries of the same form), as Podio sometimes
   * does, so that a test can check its receiver handles redeliveries. Default {@code false}; {@code hook.verify} is
   * always posted once.
   *
   * @param twice {@code true} to post each event twice, {@code false} to post it once
   */
  public void redeliverWebhooks(boolean twice) {
    world.area(HookRoutes.class).redeliver(twice);
  }

  /** Expires every access token issued so far, as if the server had expired them early; refresh tokens stay valid. */
  public void expireAccessTokens() {
    state.expireAccessTokens();
  }

  /** {@return the faults scripted for the token endpoint ({@code /oauth/token} and {@code /oauth/token/v2})} */
  public Faults tokenEndpointFaults() {
    return tokenEndpointFaults;
  }

  /** {@return the faults scripted for API calls} */
  public Faults apiFaults() {
    return apiFaults;
  }

  /**
   * The id the emulator gave the user with this email (the {@code ref.id} of that user's tokens).
   *
   * @param email the user's e-mail address
   * @return the id the emulator gave the user with this email (the {@code ref.id} of that user's tokens)
   * @throws IllegalArgumentException when no such user was seeded
   */
  public long userId(String email) {
    Objects.requireNonNull(email, "email == null");
    EmulatorState.User u = state.userByMail(email);
    if (u == null) {
      throw new IllegalArgumentException("no user with email " + email + " was added to this emulator");
    }
    return u.id();
  }

  /**
   * The token of a user's iCal calendar feeds ({@code /calendar/ics/{user_id}/{token}/} and the space and app feeds),
   * which Podio shows the user in its calendar settings.
   *
   * @param email the user's e-mail address
   * @return the token of a user's iCal calendar feeds ({@code /calendar/ics/{user_id}/{token}/} and the space and app
   *     feeds),
   * @throws IllegalArgumentException when no such user was seeded
   */
  public String calendarFeedToken(String email) {
    return world.area(CalendarRoutes.class).feedToken(userId(email));
  }

  /**
   * The API calls received so far (the last 1,000; token endpoint and authorization pages not included), oldest
   * first: method, path, query, body and the status answered, so a test can check what a client sent.
   *
   * @return the API calls received so far (the last 1,000; token endpoint and authorization pages not included), oldest
   */
  public List<RecordedRequest> requests() {
    ApiHandler handler = api;
    return handler == null ? List.of() : handler.requests();
  }

  /**
   * The last API call received.
   *
   * @return the last API call received
   * @throws IllegalStateException when none was received
   */
  public RecordedRequest lastRequest() {
    List<RecordedRequest> all = requests();
    if (all.isEmpty()) {
      throw new IllegalStateException("the emulator has received no API call yet");
    }
    return all.get(all.size() - 1);
  }

  /** Forgets the recorded API calls. */
  public void clearRequests() {
    ApiHandler handler = api;
    if (handler != null) {
      handler.clearRequests();
    }
  }

  /**
   * {@return every API operation the emulator answers, as {@code "METHOD /pattern"} (e.g. {@code "GET
   * /item/{item_id}"})}
   */
  public List<String> operations() {
    return routes.operations();
  }

  @Override
  public String toString() {
    synchronized (lifecycle) {
      String where = baseUrl != null ? baseUrl.toString() : closed ? "closed" : "not started";
      return "PodioEmulator[" + where + ", " + state + "]";
    }
  }

  /**
   * Runs the emulator from the command line until it is stopped:
   * {@code java -jar podio-emulator.jar [--port 8089] [--client ID:SECRET]... [--app APP_ID:APP_TOKEN]...
   * [--user EMAIL:PASSWORD]... [--access-ttl SECONDS] [--refresh-ttl SECONDS] [--rotate-refresh-tokens]
   * [--rate-limit CALLS]}. With no client, app or user given it seeds the demo set and prints it.
   *
   * @param args the command line arguments
   */
  public static void main(String[] args) {
    System.exit(CommandLine.run(args, System.out, System.err));
  }

  /** Configures a {@link PodioEmulator}; every argument is checked when given, the whole in {@link #build()}. */
  public static final class Builder {

    private record UserSpec(String mail, String password, String name) {}

    private int port;
    private final List<EmulatorState.Client> clients = new ArrayList<>();
    private final List<EmulatorState.App> apps = new ArrayList<>();
    private final List<UserSpec> users = new ArrayList<>();
    private Duration accessTokenTtl = Duration.ofHours(8);
    private Duration refreshTokenTtl = Duration.ofDays(28);
    private boolean rotateRefreshTokens;
    private long rateLimit = 1000;
    private Clock clock = Clock.system();
    private long maxFileSize = World.DEFAULT_MAX_FILE_SIZE;

    private Builder() {}

    /**
     * The port to listen on, 0 (the default) for a free one.
     *
     * @param port the port to listen on, 0 (the default) for a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Registers an API key whose redirect URIs must be on localhost or 127.0.0.1. Repeatable.
     *
     * @param clientId the API key's client id
     * @param clientSecret the API key's client secret
     * @return this builder
     */
    public Builder client(String clientId, String clientSecret) {
      return addClient(clientId, clientSecret, null);
    }

    /**
     * Registers an API key whose redirect URIs must be on {@code redirectDomain} or its subdomains (for example
     * {@code example.com}). Repeatable.
     *
     * @param clientId the API key's client id
     * @param clientSecret the API key's client secret
     * @param redirectDomain the domain the redirect URIs must be on
     * @return this builder
     */
    public Builder client(String clientId, String clientSecret, String redirectDomain) {
      String domain = EmulatorState.requireText(redirectDomain, "redirectDomain").trim().toLowerCase(Locale.ROOT);
      if (domain.contains("/") || domain.contains(":")) {
        throw new IllegalArgumentException("redirectDomain must be a host name like example.com, was " + domain);
      }
      return addClient(clientId, clientSecret, domain);
    }

    private Builder addClient(String clientId, String clientSecret, @Nullable String domain) {
      EmulatorState.requireText(clientId, "clientId");
      EmulatorState.requireText(clientSecret, "clientSecret");
      clients.add(new EmulatorState.Client(clientId, clientSecret, domain));
      return this;
    }

    /**
     * Seeds an app named {@code "App <appId>"} with a few items, reachable with {@code appToken}. Repeatable.
     *
     * @param appId the Podio app's id
     * @param appToken the app's token, from the app's developer settings
     * @return this builder
     */
    public Builder app(long appId, String appToken) {
      return app(appId, appToken, "App " + appId);
    }

    /**
     * Seeds an app with this name and a few items, reachable with {@code appToken}. Repeatable.
     *
     * @param appId the Podio app's id
     * @param appToken the app's token, from the app's developer settings
     * @param name the app's name
     * @return this builder
     */
    public Builder app(long appId, String appToken, String name) {
      if (appId <= 0) {
        throw new IllegalArgumentException("appId must be positive, was " + appId);
      }
      EmulatorState.requireText(appToken, "appToken");
      EmulatorState.requireText(name, "name");
      apps.add(new EmulatorState.App(appId, appToken, name));
      return this;
    }

    /**
     * Seeds a user (its id is assigned; see {@link PodioEmulator#userId(String)}), member of the organization that
     * holds every app. Repeatable.
     *
     * @param email the user's email, also the username to sign in with
     * @param password the Podio user's password
     * @param displayName the name Podio shows for the user
     * @return this builder
     */
    public Builder user(String email, String password, String displayName) {
      EmulatorState.requireText(email, "email");
      EmulatorState.requireText(password, "password");
      EmulatorState.requireText(displayName, "displayName");
      if (!email.contains("@")) {
        throw new IllegalArgumentException("email must contain '@', was " + email);
      }
      users.add(new UserSpec(email, password, displayName));
      return this;
    }

    /**
     * Adds the demo set: client {@value #DEMO_CLIENT_ID} / {@value #DEMO_CLIENT_SECRET}, app {@value #DEMO_APP_ID}
     * with token {@value #DEMO_APP_TOKEN}, user {@value #DEMO_USER_EMAIL} / {@value #DEMO_USER_PASSWORD} named
     * {@value #DEMO_USER_NAME}.
     *
     * @return this builder
     */
    public Builder demoData() {
      return client(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET).app(DEMO_APP_ID, DEMO_APP_TOKEN, "Demo App")
          .user(DEMO_USER_EMAIL, DEMO_USER_PASSWORD, DEMO_USER_NAME);
    }

    /**
     * How long access tokens live (whole seconds, at least one); default 8 hours.
     *
     * @param ttl how long the entry is kept
     * @return this builder
     */
    public Builder accessTokenTtl(Duration ttl) {
      this.accessTokenTtl = checkTtl(ttl, "accessTokenTtl");
      return this;
    }

    /**
     * How long refresh tokens live after their last use (whole seconds, at least one); default 28 days.
     *
     * @param ttl how long the entry is kept
     * @return this builder
     */
    public Builder refreshTokenTtl(Duration ttl) {
      this.refreshTokenTtl = checkTtl(ttl, "refreshTokenTtl");
      return this;
    }

    private static Duration checkTtl(Duration ttl, String name) {
      Objects.requireNonNull(ttl, name + " == null");
      if (ttl.getSeconds() < 1) {
        throw new IllegalArgumentException(name + " must be at least one second, was " + ttl);
      }
      return Duration.ofSeconds(ttl.getSeconds());
    }

    /**
     * Whether a refresh answers a new refresh token and kills the old one (strictly single use). Default
     * {@code false}, Podio's observed behaviour: the refresh token stays the same and keeps working.
     *
     * @param rotate whether a refresh answers a new refresh token and kills the old one (strictly single use)
     * @return this builder
     */
    public Builder rotateRefreshTokens(boolean rotate) {
      this.rotateRefreshTokens = rotate;
      return this;
    }

    /**
     * API calls per hour allowed for each authentication (client and user or app); default 1000.
     *
     * @param callsPerHour API calls per hour allowed for each authentication (client and user or app); default 1000
     * @return this builder
     */
    public Builder rateLimit(long callsPerHour) {
      if (callsPerHour < 1) {
        throw new IllegalArgumentException("rateLimit must be at least 1, was " + callsPerHour);
      }
      this.rateLimit = callsPerHour;
      return this;
    }

    /**
     * The largest file {@code POST /file/} accepts (default 1 GiB); a larger upload is answered with Podio's 400
     * after its body was read (to disk, never into memory).
     *
     * @param bytes the largest file {@code POST /file/} accepts (default 1 GiB); a larger upload is answered with
     *     Podio's 400 after its body was read (to disk, never into memory)
     * @return this builder
     */
    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileSize must be at least 1 byte, was " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /**
     * The clock the emulator's time follows (plus {@link PodioEmulator#advanceClock}); default the system clock.
     *
     * @param clock the time source
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * A new, not yet started emulator. The builder can build again.
     *
     * @return the emulator
     * @throws IllegalStateException when no client was added, or a client id, app id or user email is repeated
     */
    public PodioEmulator build() {
      if (clients.isEmpty()) {
        throw new IllegalStateException("no client registered: call client(clientId, clientSecret) at least once"
            + " (or demoData())");
      }
      unique(clients.stream().map(EmulatorState.Client::id).toList(), "client id");
      unique(apps.stream().map(a -> Long.toString(a.id())).toList(), "app id");
      unique(users.stream().map(u -> u.mail().toLowerCase(Locale.ROOT)).toList(), "user email");
      return new PodioEmulator(this);
    }

    private static void unique(List<String> values, String what) {
      Set<String> seen = new HashSet<>();
      for (String v : values) {
        if (!seen.add(v)) {
          throw new IllegalStateException(what + " " + v + " was added twice");
        }
      }
    }

    /**
     * Builds and starts an emulator.
     *
     * @return the running emulator
     */
    public PodioEmulator start() {
      return build().start();
    }
  }
}
