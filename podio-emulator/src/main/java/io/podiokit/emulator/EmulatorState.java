package io.podiokit.emulator;

import io.podiokit.Clock;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The OAuth server's state: registered clients, apps (ids and tokens), users, the tokens and codes it
 * issued, browser sign-ins, rate-limit windows, its clock and its counters. Safe for concurrent use.
 */
final class EmulatorState {

  static final String TOKEN_TYPE = "bearer";
  static final Duration CODE_TTL = Duration.ofMinutes(10);
  static final Duration RATE_WINDOW = Duration.ofHours(1);
  static final long ORG_ID = 1;
  static final long SPACE_ID = 1;
  static final String DEFAULT_USER_SCOPE = "global:all";
  static final String APP_SCOPE = "app:all";

  /** A registered API key. {@code domain} is where redirect URIs must point; {@code null} means loopback. */
  record Client(String id, String secret, @Nullable String domain) {
    boolean acceptsRedirect(URI uri) {
      String host = uri.getHost();
      if (host == null) {
        return false;
      }
      host = host.toLowerCase(Locale.ROOT);
      if (domain == null) {
        return host.equals("localhost") || host.equals("127.0.0.1");
      }
      String d = domain.toLowerCase(Locale.ROOT);
      return host.equals(d) || host.endsWith("." + d);
    }

    @Override
    public String toString() {
      return "Client[id=" + id + ", secret=<redacted>, domain=" + domain + "]";
    }
  }

  /** A seeded app. */
  record App(long id, String token, String name) {
    long titleFieldId() {
      return id * 10 + 1;
    }

    @Override
    public String toString() {
      return "App[id=" + id + ", token=<redacted>, name=" + name + "]";
    }
  }

  /** A seeded user. */
  record User(long id, long profileId, String mail, String password, String name) {
    @Override
    public String toString() {
      return "User[id=" + id + ", mail=" + mail + ", password=<redacted>, name=" + name + "]";
    }
  }

  /** Whom a token acts as: Podio's {@code ref}. */
  record Ref(String type, long id) {
    static Ref user(long id) {
      return new Ref("user", id);
    }

    static Ref app(long id) {
      return new Ref("app", id);
    }

    boolean isApp() {
      return type.equals("app");
    }
  }

  record AccessGrant(String clientId, Ref ref, String scope, Instant expiresAt, long serial) {}

  record RefreshGrant(String clientId, Ref ref, String scope, Instant expiresAt) {}

  record Code(String clientId, String redirectUri, long userId, String scope, Instant expiresAt) {}

  record Issued(String accessToken, String refreshToken, long expiresIn, String scope, Ref ref) {
    @Override
    public String toString() {
      return "Issued[<redacted>, expiresIn=" + expiresIn + ", scope=" + scope + ", ref=" + ref + "]";
    }
  }

  record RateWindow(Instant start, long count) {}

  /** An OAuth error the token endpoint answers with 400. */
  static final class OAuthError extends RuntimeException {
    final String error;

    OAuthError(String error, String description) {
      super(description, null, false, false);
      this.error = error;
    }
  }

  /** Why an API call's access token was refused. */
  enum Rejection { MISSING, INVALID, EXPIRED }

  final Counters counters = new Counters();
  final Duration accessTtl;
  final Duration refreshTtl;
  final boolean rotateRefreshTokens;
  final long rateLimit;

  private final Clock clock;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
  private final Map<String, Client> clients;
  private final Map<Long, App> apps;
  private final Map<String, User> usersByMail;
  private final Map<Long, User> usersById;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentHashMap<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Code> codes = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> browserSessions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, String> consentNonces = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, RateWindow> rateWindows = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();
  private volatile long expiredThrough;

  EmulatorState(List<Client> clients, List<App> apps, List<User> users, Duration accessTtl, Duration refreshTtl,
                boolean rotateRefreshTokens, long rateLimit, Clock clock) {
    this.clients = clients.stream().collect(Collectors.toUnmodifiableMap(Client::id, Function.identity()));
    this.apps = apps.stream().collect(Collectors.toUnmodifiableMap(App::id, Function.identity()));
    this.usersByMail = users.stream()
        .collect(Collectors.toUnmodifiableMap(u -> u.mail().toLowerCase(Locale.ROOT), Function.identity()));
    this.usersById = users.stream().collect(Collectors.toUnmodifiableMap(User::id, Function.identity()));
    this.accessTtl = accessTtl;
    this.refreshTtl = refreshTtl;
    this.rotateRefreshTokens = rotateRefreshTokens;
    this.rateLimit = rateLimit;
    this.clock = clock;
  }

  // ---- time

  Instant now() {
    return clock.now().plus(offset.get());
  }

  Instant advance(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
    return now();
  }

  // ---- registry

  @Nullable Client client(String id) {
    return clients.get(id);
  }

  @Nullable App app(long id) {
    return apps.get(id);
  }

  List<App> apps() {
    return apps.values().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
  }

  @Nullable User user(long id) {
    return usersById.get(id);
  }

  @Nullable User userByMail(String mail) {
    return usersByMail.get(mail.toLowerCase(Locale.ROOT));
  }

  /** The client with this id and secret, or an {@code invalid_client} error. */
  Client authenticateClient(@Nullable String id, @Nullable String secret) {
    if (id == null || id.isEmpty()) {
      throw new OAuthError("invalid_request", "Missing parameter client_id");
    }
    Client c = clients.get(id);
    if (c == null || secret == null || !constantTimeEquals(c.secret(), secret)) {
      throw new OAuthError("invalid_client", "Invalid client_id or client_secret");
    }
    return c;
  }

  static boolean constantTimeEquals(String a, String b) {
    return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  // ---- grants

  Issued passwordGrant(Client client, String username, String password) {
    User u = userByMail(username);
    if (u == null || !constantTimeEquals(u.password(), password)) {
      throw invalidGrant("Invalid user credentials");
    }
    return issue(client.id(), Ref.user(u.id()), DEFAULT_USER_SCOPE, "password");
  }

  Issued appGrant(Client client, long appId, String appToken) {
    App a = apps.get(appId);
    if (a == null || !constantTimeEquals(a.token(), appToken)) {
      throw invalidGrant("Invalid app_id or app_token");
    }
    return issue(client.id(), Ref.app(a.id()), APP_SCOPE, "app");
  }

  Issued authorizationCodeGrant(Client client, String code, String redirectUri) {
    Code c = codes.remove(code);
    if (c == null || !c.clientId().equals(client.id())) {
      throw invalidGrant("The authorization code is unknown, was already used, or belongs to another client");
    }
    if (!now().isBefore(c.expiresAt())) {
      throw invalidGrant("The authorization code has expired");
    }
    if (!c.redirectUri().equals(redirectUri)) {
      throw invalidGrant("The redirect_uri does not match the one the authorization code was issued for");
    }
    return issue(client.id(), Ref.user(c.userId()), c.scope(), "authorization_code");
  }

  Issued refreshGrant(Client client, String refreshToken) {
    Instant now = now();
    if (rotateRefreshTokens) {
      RefreshGrant g = refreshTokens.remove(refreshToken);
      if (g != null && !g.clientId().equals(client.id())) {
        refreshTokens.putIfAbsent(refreshToken, g);
        g = null;
      }
      if (g == null || !now.isBefore(g.expiresAt())) {
        throw invalidGrant("The refresh token is unknown, expired or already used");
      }
      return issue(client.id(), g.ref(), g.scope(), "refresh_token");
    }
    AtomicReference<@Nullable RefreshGrant> used = new AtomicReference<>();
    refreshTokens.computeIfPresent(refreshToken, (k, g) -> {
      if (!g.clientId().equals(client.id())) {
        return g;
      }
      if (!now.isBefore(g.expiresAt())) {
        return null;
      }
      used.set(g);
      return new RefreshGrant(g.clientId(), g.ref(), g.scope(), now.plus(refreshTtl));
    });
    RefreshGrant g = used.get();
    if (g == null) {
      throw invalidGrant("The refresh token is unknown or expired");
    }
    String access = newAccessToken(client.id(), g.ref(), g.scope(), now);
    counters.exchange("refresh_token");
    return new Issued(access, refreshToken, accessTtl.toSeconds(), g.scope(), g.ref());
  }

  private OAuthError invalidGrant(String description) {
    counters.invalidGrant();
    return new OAuthError("invalid_grant", description);
  }

  /** Issues an access and a refresh token, counted as an exchange of {@code grantType}. */
  Issued issue(String clientId, Ref ref, String scope, String grantType) {
    Instant now = now();
    String access = newAccessToken(clientId, ref, scope, now);
    String refresh = newToken();
    refreshTokens.put(refresh, new RefreshGrant(clientId, ref, scope, now.plus(refreshTtl)));
    counters.exchange(grantType);
    return new Issued(access, refresh, accessTtl.toSeconds(), scope, ref);
  }

  private String newAccessToken(String clientId, Ref ref, String scope, Instant now) {
    String access = newToken();
    accessTokens.put(access, new AccessGrant(clientId, ref, scope, now.plus(accessTtl), serials.incrementAndGet()));
    return access;
  }

  /** A new authorization code for {@code userId}, valid for {@link #CODE_TTL}. */
  String newCode(String clientId, String redirectUri, long userId, String scope) {
    String code = newToken();
    codes.put(code, new Code(clientId, redirectUri, userId, scope, now().plus(CODE_TTL)));
    return code;
  }

  String newToken() {
    byte[] bytes = new byte[20];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  // ---- access tokens

  /** The grant behind {@code accessToken}, or the reason it is refused. */
  Object checkAccessToken(@Nullable String accessToken) {
    if (accessToken == null) {
      return Rejection.MISSING;
    }
    AccessGrant g = accessTokens.get(accessToken);
    if (g == null) {
      return Rejection.INVALID;
    }
    if (g.serial() <= expiredThrough || !now().isBefore(g.expiresAt())) {
      return Rejection.EXPIRED;
    }
    return g;
  }

  void expireAccessTokens() {
    expiredThrough = serials.get();
  }

  /** Counts one call of this authentication; returns the calls left in its window (negative when over). */
  long consumeRateLimit(AccessGrant grant) {
    Instant now = now();
    String key = grant.clientId() + '\n' + grant.ref().type() + ':' + grant.ref().id();
    RateWindow w = rateWindows.compute(key, (k, old) -> old == null || !now.isBefore(old.start().plus(RATE_WINDOW))
        ? new RateWindow(now, 1) : new RateWindow(old.start(), old.count() + 1));
    return rateLimit - w.count();
  }

  // ---- browser sign-in

  String signIn(long userId) {
    String sid = newToken();
    browserSessions.put(sid, userId);
    return sid;
  }

  @Nullable User signedIn(@Nullable String sid) {
    Long id = sid == null ? null : browserSessions.get(sid);
    return id == null ? null : usersById.get(id);
  }

  String newConsentNonce(String sid) {
    String nonce = newToken();
    consentNonces.put(nonce, sid);
    return nonce;
  }

  boolean useConsentNonce(@Nullable String nonce, String sid) {
    return nonce != null && consentNonces.remove(nonce, sid);
  }

  // ---- data

  boolean canSeeApp(Ref ref, long appId) {
    return ref.isApp() ? ref.id() == appId : apps.containsKey(appId);
  }

  @Override
  public String toString() {
    return "EmulatorState[clients=" + clients.keySet() + ", apps=" + apps.keySet() + ", users=" + usersById.size()
        + "]";
  }

  static String requireText(@Nullable String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}
