package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenManagerTest {

  private static final long APP_ID = 7;
  private final TestClock clock = TestClock.at(java.time.Instant.parse("2026-03-01T10:00:00Z"));
  private final TestTokenEndpoint endpoint = new TestTokenEndpoint(clock);
  private final TestStore store = new TestStore(true);
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  private PodioAuth auth(SessionStore sessionStore) {
    return auth(sessionStore, RefreshPolicy.builder().refreshTimeout(Duration.ofSeconds(10))
        .leaseTime(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(5)).build(), null);
  }

  private PodioAuth auth(SessionStore sessionStore, RefreshPolicy policy,
                         java.util.concurrent.@org.jspecify.annotations.Nullable Executor executor) {
    PodioAuth.Builder builder = PodioAuth.builder()
        .credentials(new ClientCredentials("client", "client-secret"))
        .tokenEndpoint(endpoint)
        .sessionStore(sessionStore)
        .clock(clock)
        .policy(policy)
        .reauthorization("https://app.example.com/callback", "global:all")
        .listener(new AuthListener() {
          @Override public void authenticated(SessionKey key, GrantKind origin) { events.add("authenticated " + origin); }
          @Override public void refreshed(SessionKey key) { events.add("refreshed"); }
          @Override public void adopted(SessionKey key) { events.add("adopted"); }
          @Override public void refreshFailed(SessionKey key, PodioException error) { events.add("refreshFailed"); }
          @Override public void reauthenticated(SessionKey key) { events.add("reauthenticated"); }
          @Override public void signedOut(SessionKey key) { events.add("signedOut"); }
        });
    if (executor != null) {
      builder.executor(executor);
    }
    PodioAuth auth = builder.build();
    toClose.add(auth);
    return auth;
  }

  private PodioAuth auth() {
    return auth(store);
  }

  @AfterEach
  void close() throws Exception {
    endpoint.open();
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  /**
   * Asks for a token from {@code threads} threads at once while the token endpoint holds its first exchange, then
   * lets it answer, and returns every token the threads got.
   */
  private List<String> tokensWhileTheExchangeIsHeld(int threads, java.util.function.IntFunction<Authentication> handle)
      throws Exception {
    endpoint.hold();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Authentication auth = handle.apply(i);
        futures.add(pool.submit(() -> {
          start.await();
          return auth.accessToken();
        }));
      }
      start.countDown();
      assertThat(endpoint.entered.await(10, TimeUnit.SECONDS)).as("an exchange started").isTrue();
      endpoint.open();
      List<String> tokens = new ArrayList<>();
      for (Future<String> future : futures) {
        tokens.add(future.get(10, TimeUnit.SECONDS));
      }
      return tokens;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFreshTokenIsServedWithoutAskingPodio() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    assertThat(app.accessToken()).isEqualTo("access-1");
    assertThat(app.accessToken()).isEqualTo("access-1");
    assertThat(endpoint.total()).isEqualTo(1);
    assertThat(app.state()).isEqualTo(TokenState.FRESH);
    assertThat(app.ref()).contains(new TokenRef("app", APP_ID));
    assertThat(events).containsExactly("authenticated APP");
  }

  @Test
  void everyChangeIsStoredWhenItHappens() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    assertThat(store.load(app.key())).get().extracting(s -> s.token().accessToken()).isEqualTo("access-1");
    clock.advance(Duration.ofHours(8));
    app.accessToken();
    Session stored = store.load(app.key()).orElseThrow();
    assertThat(stored.token().accessToken()).isEqualTo("access-2");
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.token().expiresAt()).isEqualTo(clock.now().plus(Duration.ofHours(8)));
  }

  @Test
  void aStoredSessionIsReusedByAnotherInstanceWithoutReauthenticating() {
    auth().authenticateWithApp(APP_ID, "app-token");
    Authentication again = auth().authenticateWithApp(APP_ID, "app-token");
    assertThat(again.accessToken()).isEqualTo("access-1");
    assertThat(endpoint.count("app")).isEqualTo(1);
  }

  @Test
  void twoHundredThreadsOnAnExpiredTokenMakeExactlyOneExchange() throws Exception {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    assertThat(app.state()).isEqualTo(TokenState.EXPIRED);
    assertThat(tokensWhileTheExchangeIsHeld(200, i -> app)).containsOnly("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void aStaleTokenIsServedWhileOneRefreshRunsInTheBackground() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(8).minusMinutes(2));
    assertThat(app.state()).isEqualTo(TokenState.STALE);
    endpoint.hold();
    for (int i = 0; i < 20; i++) {
      assertThat(app.accessToken()).isEqualTo("access-1");
    }
    endpoint.open();
    await(() -> app.state() == TokenState.FRESH);
    assertThat(app.accessToken()).isEqualTo("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void aFailedBackgroundRefreshKeepsTheWorkingSession() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    Session before = store.load(app.key()).orElseThrow();
    clock.advance(Duration.ofHours(8).minusMinutes(2));
    endpoint.failNext(() -> new TransportException("Podio unreachable", null));
    assertThat(app.accessToken()).isEqualTo("access-1");
    await(() -> events.contains("refreshFailed"));
    assertThat(store.load(app.key())).contains(before);
    assertThat(app.accessToken()).isEqualTo("access-1");
  }

  @Test
  void aFailedRefreshOfAnExpiredTokenFailsTheCallerButKeepsTheSession() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    Session before = store.load(app.key()).orElseThrow();
    clock.advance(Duration.ofHours(8));
    endpoint.failNext(() -> new TransportException("Podio unreachable", null));
    assertThatThrownBy(app::accessToken).isInstanceOf(TransportException.class);
    assertThat(store.load(app.key())).contains(before);
    assertThat(app.isAuthenticated()).isTrue();
    // The next attempt waits out a backoff (at most 30 s); meanwhile callers are told at once, Podio is not asked.
    assertThatThrownBy(app::accessToken).isInstanceOf(PodioException.class).hasMessageContaining("next attempt");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(app.accessToken()).isEqualTo("access-2");
  }

  @Test
  void invalidGrantOnRefreshReplaysTheAppGrantWithoutTheCallerNoticing() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(8));
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    assertThat(app.accessToken()).isEqualTo("access-2");
    assertThat(endpoint.count("app")).isEqualTo(2);
    assertThat(events).contains("reauthenticated");
    assertThat(store.load(app.key()).orElseThrow().origin()).isEqualTo(GrantKind.APP);
  }

  @Test
  void invalidGrantOnRefreshReplaysThePasswordGrant() {
    Authentication user = auth().authenticateWithPassword("ann@example.com", "pw");
    clock.advance(Duration.ofHours(8));
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    assertThat(user.accessToken()).isEqualTo("access-2");
    assertThat(endpoint.count("password")).isEqualTo(2);
  }

  @Test
  void invalidGrantOnAnExpiredAuthorizationCodeSessionMarksItDeadAndAsksForTheUser() {
    PodioAuth auth = auth();
    AuthorizationRequest request = auth.authorizationRequest("https://app.example.com/callback", "global:all");
    Authentication user = auth.completeAuthorization("u-1", "?code=abc&state=" + request.state(), request);
    clock.advance(Duration.ofHours(8));
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    assertThatThrownBy(user::accessToken)
        .isInstanceOfSatisfying(ReauthorizationRequiredException.class, e -> {
          assertThat(e.key()).isEqualTo(user.key());
          assertThat(e.authorizationRequest()).get().extracting(r -> r.url().toString()).asString()
              .contains("response_type=code").contains("client_id=client");
        });
    Session dead = store.load(user.key()).orElseThrow();
    assertThat(dead.token().refreshToken()).isNull();
    // The dead marker stays visible for a refresh timeout and a lease time, so a late holder's write replaces it.
    assertThat(dead.retainUntil()).isEqualTo(clock.now().plusSeconds(10).plusMillis(500));
    assertThat(user.state()).isEqualTo(TokenState.DEAD);
    assertThat(user.isAuthenticated()).isFalse();
    assertThatThrownBy(user::accessToken).isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
    assertThat(events).contains("signedOut");
  }

  @Test
  void aDeadSessionNeverRemovesANewerOneWrittenMeanwhile() {
    PodioAuth auth = auth();
    AuthorizationRequest request = auth.authorizationRequest("https://app.example.com/callback", "");
    Authentication user = auth.completeAuthorization("u-1", "code=a&state=" + request.state(), request);
    clock.advance(Duration.ofHours(8));
    // While our refresh is refused, the user authorizes again in another process.
    endpoint.failNext(() -> {
      AuthorizationRequest again = auth.authorizationRequest("https://app.example.com/callback", "");
      auth.completeAuthorization("u-1", "code=b&state=" + again.state(), again);
      return TestTokenEndpoint.invalidGrant();
    });
    String token = user.accessToken();
    assertThat(token).isEqualTo(store.load(user.key()).orElseThrow().token().accessToken());
    assertThat(store.load(user.key()).orElseThrow().token().refreshable()).isTrue();
    assertThat(user.isAuthenticated()).isTrue();
  }

  @Test
  void aStillValidSessionThatCannotBeRefreshedKeepsServingUntilItExpires() {
    PodioAuth auth = auth();
    AuthorizationRequest request = auth.implicitAuthorizationRequest("https://app.example.com/cb", "");
    Authentication user = auth.completeImplicitAuthorization("u-1",
        "#access_token=implicit-token&expires_in=3600&state=" + request.state(), request);
    clock.advance(Duration.ofMinutes(57));
    assertThat(user.state()).isEqualTo(TokenState.STALE);
    for (int i = 0; i < 5; i++) {
      assertThat(user.accessToken()).isEqualTo("implicit-token");
    }
    await(() -> endpoint.total() == 0 && store.load(user.key()).isPresent());
    assertThat(user.accessToken()).isEqualTo("implicit-token");
    assertThat(endpoint.total()).isZero();
    clock.advance(Duration.ofMinutes(3));
    assertThatThrownBy(user::accessToken).isInstanceOf(ReauthorizationRequiredException.class);
  }

  @Test
  void aSlowRefreshKeepsItsLeaseSoNoOtherProcessRefreshesWithTheSameToken() throws Exception {
    PodioAuth first = auth();
    PodioAuth second = auth();
    Authentication a = first.authenticateWithApp(APP_ID, "app-token");
    Authentication b = second.authenticateWithApp(APP_ID, "app-token");
    endpoint.rotate = true;
    clock.advance(Duration.ofHours(9));
    endpoint.hold();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> fromFirst = pool.submit(a::accessToken);
      endpoint.entered.await(10, TimeUnit.SECONDS);
      Future<String> fromSecond = pool.submit(b::accessToken);
      // The exchange outlasts several lease times (500 ms each); the holder renews its lease meanwhile.
      int renewalsBefore = store.renewals.get();
      await(() -> store.renewals.get() >= renewalsBefore + 6);
      endpoint.open();
      assertThat(fromFirst.get(10, TimeUnit.SECONDS)).isEqualTo("access-2");
      assertThat(fromSecond.get(10, TimeUnit.SECONDS)).isEqualTo("access-2");
      assertThat(endpoint.count("refresh_token")).isEqualTo(1);
      assertThat(endpoint.count("app")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRefreshWhoseWriteMeetsTheSameTokensSavedAgainStillStoresItsResult() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    Session stored = store.load(app.key()).orElseThrow();
    clock.advance(Duration.ofHours(9));
    endpoint.failNext(() -> {
      store.save(stored); // a maintenance job re-saves the same session: a new version, nothing newer in it
      return null;
    });
    assertThat(app.accessToken()).isEqualTo("access-2");
    assertThat(store.load(app.key()).orElseThrow().token().accessToken()).isEqualTo("access-2");
  }

  @Test
  void aRefreshThatMeetsASignOutDoesNotBringTheSessionBack() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    endpoint.failNext(() -> {
      store.delete(app.key());
      return null;
    });
    assertThatThrownBy(() -> app.accessTokenAfterRejection("access-1")).isInstanceOf(PodioException.class);
    assertThat(store.load(app.key())).isEmpty();
  }

  @Test
  void aSaturatedExecutorStillServesTheStaleToken() {
    PodioAuth auth = PodioAuth.builder().credentials(new ClientCredentials("client", "s")).tokenEndpoint(endpoint)
        .sessionStore(store).clock(clock).executor(command -> {
          throw new java.util.concurrent.RejectedExecutionException("full");
        }).build();
    toClose.add(auth);
    SessionKey key = SessionKey.app("client", APP_ID);
    Token token = new Token("stale-token", "r", clock.now().plus(Duration.ofMinutes(2)), "", null, "bearer");
    store.save(new Session(key, token, GrantKind.APP, 0, clock.now(), clock.now().plus(Duration.ofDays(1))));
    assertThat(auth.forKey(key).accessToken()).isEqualTo("stale-token");
    clock.advance(Duration.ofMinutes(2));
    assertThatThrownBy(() -> auth.forKey(key).accessToken()).isInstanceOf(PodioException.class)
        .hasMessageContaining("saturated");
  }

  @Test
  void invalidGrantAfterASiblingRotatedTheTokenAdoptsTheSiblingsSession() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    Session stored = store.load(app.key()).orElseThrow();
    clock.advance(Duration.ofHours(8));
    // While our refresh is in flight, a sibling process writes a newer session and Podio then refuses our refresh.
    endpoint.failNext(() -> {
      Token sibling = new Token("sibling-access", "sibling-refresh", clock.now().plus(Duration.ofHours(8)), "", null, "bearer");
      store.replace(stored.version(), new Session(stored.key(), sibling, GrantKind.APP, 0, clock.now(),
          clock.now().plus(Duration.ofDays(28))));
      return TestTokenEndpoint.invalidGrant();
    });
    assertThat(app.accessToken()).isEqualTo("sibling-access");
    assertThat(endpoint.count("app")).isEqualTo(1);
    assertThat(events).contains("adopted").doesNotContain("reauthenticated");
  }

  @Test
  void rejectingAnOldTokenAfterANewerOneArrivedChangesNothing() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(8));
    assertThat(app.accessToken()).isEqualTo("access-2");
    int writes = store.writes.get();
    assertThat(app.accessTokenAfterRejection("access-1")).isEqualTo("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
    assertThat(store.writes.get()).isEqualTo(writes);
  }

  @Test
  void rejectingTheCurrentTokenRefreshesItOnce() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    assertThat(app.accessTokenAfterRejection("access-1")).isEqualTo("access-2");
    assertThat(app.accessTokenAfterRejection("access-1")).isEqualTo("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void isAuthenticatedIsNeverTrueForAnExpiredSessionThatCannotBeRefreshed() {
    PodioAuth auth = auth();
    Authentication user = auth.forUser("u-1");
    assertThat(user.isAuthenticated()).isFalse();
    AuthorizationRequest request = auth.implicitAuthorizationRequest("https://app.example.com/cb", "");
    auth.completeImplicitAuthorization("u-1", "#access_token=t&expires_in=60&state=" + request.state(), request);
    assertThat(user.isAuthenticated()).isTrue();
    clock.advance(Duration.ofSeconds(60));
    assertThat(user.state()).isEqualTo(TokenState.DEAD);
    assertThat(user.isAuthenticated()).isFalse();
  }

  @Test
  void anExpiredRefreshableSessionCountsAsAuthenticated() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofDays(1));
    assertThat(app.state()).isEqualTo(TokenState.EXPIRED);
    assertThat(app.isAuthenticated()).isTrue();
    clock.advance(Duration.ofDays(28));
    assertThat(app.isAuthenticated()).isFalse();
  }

  @Test
  void withoutASessionOrGrantTheCallerIsToldToAuthenticate() {
    assertThatThrownBy(() -> auth().forApp(APP_ID).accessToken())
        .isInstanceOf(NotAuthenticatedException.class).hasMessageContaining("authenticate first");
  }

  @Test
  void twoProcessesSharingAStoreRefreshOnce() throws Exception {
    Authentication a = auth().authenticateWithApp(APP_ID, "app-token");
    Authentication b = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    assertThat(tokensWhileTheExchangeIsHeld(16, i -> i % 2 == 0 ? a : b)).containsOnly("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void aLeaseWhoseHolderDiedOnlyDelaysTheRefresh() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    // A process took the lease and died: it never releases it.
    assertThat(store.tryAcquire(app.key(), Duration.ofMillis(300))).isPresent();
    assertThat(app.accessToken()).isEqualTo("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void aRefreshThatTakesTooLongTimesOutAndKeepsTheSession() {
    PodioAuth auth = PodioAuth.builder().credentials(new ClientCredentials("client", "s")).tokenEndpoint(endpoint)
        .sessionStore(store).clock(clock)
        .policy(RefreshPolicy.builder().refreshTimeout(Duration.ofMillis(100)).build()).build();
    toClose.add(auth);
    auth().authenticateWithApp(APP_ID, "app-token"); // on a roomy timeout, however loaded the machine
    Authentication app = auth.forApp(APP_ID);
    Session before = store.load(app.key()).orElseThrow();
    clock.advance(Duration.ofHours(9));
    endpoint.hold();
    assertThatThrownBy(app::accessToken).isInstanceOf(TokenRefreshTimeoutException.class)
        .hasMessageContaining("unchanged");
    assertThat(store.load(app.key())).contains(before);
  }

  @Test
  void aStoreThatIsDownGivesATypedErrorAndLosesNothing() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    Session before = store.load(app.key()).orElseThrow();
    store.down = true;
    // The process that holds the fresh token keeps serving it; one that holds nothing gets a typed error.
    assertThat(app.accessToken()).isEqualTo("access-1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(app.accessToken()).isEqualTo("access-1");
    assertThatThrownBy(() -> auth().forApp(APP_ID).accessToken()).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining("unreachable");
    store.down = false;
    assertThat(store.load(app.key())).contains(before);
    assertThat(app.accessToken()).isEqualTo("access-1");
  }

  @Test
  void singleFlightWorksWithoutARefreshLockToo() throws Exception {
    Authentication app = auth(TestStore.withoutLock()).authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    assertThat(tokensWhileTheExchangeIsHeld(32, i -> app)).containsOnly("access-2");
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void refreshTokenRotationIsFollowed() {
    endpoint.rotate = true;
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofHours(8));
      app.accessToken();
    }
    assertThat(endpoint.count("refresh_token")).isEqualTo(3);
    assertThat(endpoint.count("app")).isEqualTo(1);
    assertThat(store.load(app.key()).orElseThrow().token().refreshToken()).isEqualTo("refresh-4");
  }

  @Test
  void signOutRemovesTheSessionAndForgetsTheGrant() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    app.signOut();
    assertThat(store.load(app.key())).isEmpty();
    assertThatThrownBy(app::accessToken).isInstanceOf(NotAuthenticatedException.class);
    assertThat(events).endsWith("signedOut");
  }

  @Test
  void aThrowingListenerDoesNotBreakAuthentication() {
    PodioAuth auth = PodioAuth.builder().credentials(new ClientCredentials("client", "s")).tokenEndpoint(endpoint)
        .sessionStore(store).clock(clock).listener(new AuthListener() {
          @Override public void authenticated(SessionKey key, GrantKind origin) { throw new IllegalStateException("boom"); }
        }).build();
    toClose.add(auth);
    assertThat(auth.authenticateWithApp(APP_ID, "app-token").accessToken()).isEqualTo("access-1");
  }

  @Test
  void theBuilderNamesEveryMissingSetting() {
    assertThatThrownBy(() -> PodioAuth.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("PodioAuth.Builder is missing credentials, tokenEndpoint, sessionStore");
    assertThatThrownBy(() -> PodioAuth.builder().authorizeUrl(java.net.URI.create("http://podio.com/oauth/authorize")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
  }

  // --- never lose a session --------------------------------------------------------------------------------------

  private static RefreshPolicy policy() {
    return RefreshPolicy.builder().refreshTimeout(Duration.ofSeconds(10)).leaseTime(Duration.ofMillis(500))
        .pollInterval(Duration.ofMillis(5)).build();
  }

  private Authentication authorizedUser(PodioAuth auth) {
    AuthorizationRequest request = auth.authorizationRequest("https://app.example.com/callback", "global:all");
    return auth.completeAuthorization("u-1", "?code=abc&state=" + request.state(), request);
  }

  @Test
  void aWriteThatFailsAfterPodioRotatedKeepsTheNewTokenAndStoresItLater() {
    endpoint.rotate = true;
    Authentication user = authorizedUser(auth());
    clock.advance(Duration.ofHours(9));
    store.failingWrites.set(1);
    assertThat(user.accessToken()).isEqualTo("access-2");
    assertThat(user.accessToken()).isEqualTo("access-2");
    await(() -> "access-2".equals(store.load(user.key()).orElseThrow().token().accessToken()));
    assertThat(store.load(user.key()).orElseThrow().token().refreshToken()).isEqualTo("refresh-2");
    clock.advance(Duration.ofHours(9));
    assertThat(user.accessToken()).isEqualTo("access-3");
    assertThat(user.isAuthenticated()).isTrue();
  }

  @Test
  void aBackgroundRefreshWhoseWriteFailsServesItsTokenAndStoresItLater() {
    endpoint.rotate = true;
    Authentication user = authorizedUser(auth());
    clock.advance(Duration.ofHours(8).minusMinutes(2));
    store.failingWrites.set(3);
    assertThat(user.accessToken()).isEqualTo("access-1");
    await(() -> "access-2".equals(user.accessToken()));
    await(() -> "access-2".equals(store.load(user.key()).orElseThrow().token().accessToken()));
  }

  @Test
  void aLeaseThatLapsesWhileTheHoldersAnswerIsInFlightLosesNothing() throws Exception {
    TestStore expiring = new TestStore(true, clock);
    PodioAuth first = auth(expiring);
    PodioAuth second = auth(expiring);
    endpoint.rotate = true;
    Authentication one = authorizedUser(first);
    Authentication two = second.forUser("u-1");
    clock.advance(Duration.ofHours(9));
    expiring.renewalsFail = true;
    CountDownLatch answer = endpoint.holdNextAnswer();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> fromFirst = pool.submit(one::accessToken);
      assertThat(endpoint.answered.await(10, TimeUnit.SECONDS)).isTrue(); // Podio rotated refresh-1 to refresh-2
      await(() -> !expiring.leased(one.key()));                            // and the holder's lease lapsed
      assertThatThrownBy(two::accessToken).isInstanceOf(ReauthorizationRequiredException.class);
      answer.countDown();
      assertThat(fromFirst.get(10, TimeUnit.SECONDS)).isEqualTo("access-2");
    } finally {
      pool.shutdownNow();
    }
    Session stored = expiring.load(one.key()).orElseThrow();
    assertThat(stored.token().refreshToken()).isEqualTo("refresh-2");
    assertThat(two.accessToken()).isEqualTo("access-2");
    clock.advance(Duration.ofHours(9));
    assertThat(two.accessToken()).isEqualTo("access-3");
  }

  @Test
  void aHeldBackAnswerThatLandsExpiredIsRefreshedWithItsRefreshTokenNotTakenForDead() throws Exception {
    TestStore expiring = new TestStore(true, clock);
    PodioAuth first = auth(expiring, policy().toBuilder().leaseTime(Duration.ofSeconds(2)).build(), null);
    PodioAuth second = auth(expiring, policy().toBuilder().leaseTime(Duration.ofSeconds(2)).build(), null);
    endpoint.rotate = true;
    Authentication one = authorizedUser(first);
    Authentication two = second.forUser("u-1");
    clock.advance(Duration.ofHours(9));
    expiring.renewalsFail = true;
    CountDownLatch answer = endpoint.holdNextAnswer();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> fromFirst = pool.submit(one::accessToken);
      assertThat(endpoint.answered.await(10, TimeUnit.SECONDS)).isTrue(); // Podio rotated refresh-1 to refresh-2
      await(() -> !expiring.leased(one.key()));                            // the holder's lease lapsed
      clock.advance(Duration.ofHours(9));                                  // and access-2 expires before it lands
      int exchanges = endpoint.total();
      Future<String> fromSecond = pool.submit(two::accessToken);
      await(() -> endpoint.total() > exchanges);                           // refresh-1 again: invalid_grant
      answer.countDown();
      fromFirst.get(10, TimeUnit.SECONDS);
      assertThat(fromSecond.get(10, TimeUnit.SECONDS)).isEqualTo("access-3");
    } finally {
      pool.shutdownNow();
    }
    assertThat(expiring.load(one.key()).orElseThrow().token().refreshToken()).isEqualTo("refresh-3");
    assertThat(two.isAuthenticated()).isTrue();
    assertThat(events).doesNotContain("signedOut");
  }

  @Test
  void aTokenPodioRejectedIsNeverHandedBack() {
    Authentication user = authorizedUser(auth());
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    assertThatThrownBy(() -> user.accessTokenAfterRejection("access-1"))
        .isInstanceOf(ReauthorizationRequiredException.class);
    assertThat(user.isAuthenticated()).isFalse();
    assertThatThrownBy(user::accessToken).isInstanceOf(ReauthorizationRequiredException.class);
    // Another process sees the dead marker, expired at once: it does not serve the rejected token either.
    assertThat(auth().forUser("u-1").isAuthenticated()).isFalse();
  }

  @Test
  void anExecutorThatDropsTasksDoesNotBlockLaterRefreshes() {
    java.util.concurrent.atomic.AtomicBoolean dropping = new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newCachedThreadPool();
    toClose.add(pool::shutdownNow);
    PodioAuth auth = auth(store, policy().toBuilder().refreshTimeout(Duration.ofMillis(200)).build(), task -> {
      if (!dropping.get()) {
        pool.execute(task);
      }
    });
    Authentication user = authorizedUser(auth);
    clock.advance(Duration.ofHours(9));
    assertThatThrownBy(user::accessToken).isInstanceOf(TokenRefreshTimeoutException.class);
    dropping.set(false);
    assertThat(user.accessToken()).isEqualTo("access-2");
  }

  @Test
  void aSignOutDuringAReplayStands() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    endpoint.failNext(() -> {
      app.signOut();
      return null;
    });
    assertThatThrownBy(app::accessToken).isInstanceOf(NotAuthenticatedException.class);
    assertThat(store.load(app.key())).isEmpty();
    assertThat(endpoint.count("app")).isEqualTo(2);
  }

  @Test
  void anAnswerWithATokenThatCannotBeSentIsRefusedBeforeAnythingIsStored() {
    endpoint.accessPrefix = "bad\r\nX-Injected: 1 ";
    assertThatThrownBy(() -> auth().authenticateWithApp(APP_ID, "app-token"))
        .isInstanceOfSatisfying(AuthException.class, e -> {
          assertThat(e.code()).isEqualTo("invalid_token");
          assertThat(e.getMessage()).doesNotContain("bad");
        });
    assertThat(store.load(SessionKey.app("client", APP_ID))).isEmpty();
  }

  @Test
  void failedRefreshesBackOffWhileTheStillValidTokenIsServed() {
    Authentication app = auth().authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(8).minusMinutes(2));
    for (int i = 0; i < 50; i++) {
      endpoint.failNext(() -> new TransportException("HTTP 500", null));
    }
    for (int i = 0; i < 20; i++) {
      assertThat(app.accessToken()).isEqualTo("access-1");
      await(() -> inflightDone(app));
    }
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1)); // the first wait is 0.5 to 1 s
    app.accessToken();
    await(() -> endpoint.count("refresh_token") == 2);
    // Expired for good, the token is still valid until its expiry: served while the backoff runs.
    clock.advance(Duration.ofSeconds(100));
    assertThat(app.state()).isEqualTo(TokenState.EXPIRED);
    assertThatThrownBy(app::accessToken).isInstanceOf(TransportException.class); // backoff over: one attempt
    int before = endpoint.count("refresh_token");
    assertThat(app.accessToken()).isEqualTo("access-1"); // backing off again: Podio is not asked
    assertThat(endpoint.count("refresh_token")).isEqualTo(before);
  }

  private boolean inflightDone(Authentication app) {
    return events.stream().filter("refreshFailed"::equals).count() >= 1;
  }

  @Test
  void aFreshTokenIsServedFromMemoryAndTheStoreIsReadAgainAfterTheRevalidateInterval() {
    PodioAuth auth = auth();
    Authentication user = authorizedUser(auth);
    int loads = store.loads.get();
    for (int i = 0; i < 1000; i++) {
      assertThat(user.accessToken()).isEqualTo("access-1");
    }
    assertThat(store.loads.get()).isEqualTo(loads);
    // Another process signs the user out: seen once the revalidate interval has passed.
    auth().forUser("u-1").signOut();
    assertThat(user.accessToken()).isEqualTo("access-1");
    clock.advance(auth.policy().revalidateInterval());
    assertThatThrownBy(user::accessToken).isInstanceOf(NotAuthenticatedException.class);
    assertThat(store.loads.get()).isEqualTo(loads + 1);
  }

  @Test
  void aShortLivedTokenIsFreshAtBirthAndRefreshedOnce() {
    endpoint.accessTtl = Duration.ofSeconds(2);
    Authentication app = auth(store, RefreshPolicy.defaults(), null).authenticateWithApp(APP_ID, "app-token");
    assertThat(app.state()).isEqualTo(TokenState.FRESH);
    assertThat(app.accessToken()).isEqualTo("access-1");
    clock.advance(Duration.ofMillis(1100));
    assertThat(app.state()).isEqualTo(TokenState.STALE);
    assertThat(app.accessToken()).isEqualTo("access-1");
    await(() -> "access-2".equals(app.accessToken()));
    assertThat(app.state()).isEqualTo(TokenState.FRESH);
    assertThat(endpoint.count("refresh_token")).isEqualTo(1);
  }

  @Test
  void aListenerThatAsksForATokenWhenARefreshFailsDoesNotWaitOnThatRefresh() {
    List<Object> seen = new CopyOnWriteArrayList<>();
    Authentication[] handle = new Authentication[1];
    PodioAuth auth = PodioAuth.builder().credentials(new ClientCredentials("client", "s")).tokenEndpoint(endpoint)
        .sessionStore(store).clock(clock).listener(new AuthListener() {
          @Override public void refreshFailed(SessionKey key, PodioException error) {
            try {
              seen.add(handle[0].accessToken());
            } catch (PodioException e) {
              seen.add(e);
            }
          }
        }).build();
    toClose.add(auth);
    handle[0] = auth.authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    endpoint.failNext(() -> new TransportException("Podio unreachable", null));
    assertThatThrownBy(handle[0]::accessToken).isInstanceOf(TransportException.class);
    assertThat(seen).singleElement().isInstanceOf(PodioException.class)
        .isNotInstanceOf(TokenRefreshTimeoutException.class);
  }

  @Test
  void aDeadSessionIsReportedSignedOutOnce() {
    Authentication user = authorizedUser(auth());
    clock.advance(Duration.ofHours(9));
    endpoint.failNext(TestTokenEndpoint::invalidGrant);
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(user::accessToken).isInstanceOf(ReauthorizationRequiredException.class);
    }
    assertThat(events.stream().filter("signedOut"::equals)).hasSize(1);
  }

  @Test
  void aRefreshAnswerWithoutScopeOrRefKeepsTheStoredOnes() {
    Token old = new Token("a1", "r1", clock.now(), "global:all", new TokenRef("user", 42), "bearer");
    Token refreshed = new Token("a2", "r2", clock.now(), "", null, "bearer").keepingRefreshTokenOf(old);
    assertThat(refreshed.scope()).isEqualTo("global:all");
    assertThat(refreshed.ref()).isEqualTo(new TokenRef("user", 42));
    assertThat(refreshed.refreshToken()).isEqualTo("r2");
  }

  @Test
  void replaysInTwoProcessesExchangeTheGrantOnce() throws Exception {
    PodioAuth first = auth();
    PodioAuth second = auth();
    endpoint.hold();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Authentication> a = pool.submit(() -> first.authenticateWithApp(APP_ID, "app-token"));
      assertThat(endpoint.entered.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Authentication> b = pool.submit(() -> second.authenticateWithApp(APP_ID, "app-token"));
      await(() -> store.loads.get() > 4); // the second one is polling
      endpoint.open();
      assertThat(a.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("access-1");
      assertThat(b.get(10, TimeUnit.SECONDS).accessToken()).isEqualTo("access-1");
      assertThat(endpoint.count("app")).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPollerTakesTheLeaseAsSoonAsItsHolderReleasesItWithoutAResult() throws Exception {
    PodioAuth auth = auth(store, policy().toBuilder().leaseTime(Duration.ofSeconds(20)).build(), null);
    Authentication app = auth.authenticateWithApp(APP_ID, "app-token");
    clock.advance(Duration.ofHours(9));
    RefreshLock.Lease other = store.tryAcquire(app.key(), Duration.ofSeconds(20)).orElseThrow();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> token = pool.submit(app::accessToken);
      int loads = store.loads.get();
      await(() -> store.loads.get() > loads + 2);
      other.close(); // the other process gave up without writing anything
      assertThat(token.get(5, TimeUnit.SECONDS)).isEqualTo("access-2");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBlockedLeaseRenewalDelaysNoOtherSession() throws Exception {
    PodioAuth auth = auth(store, policy().toBuilder().leaseTime(Duration.ofMillis(300)).build(), null);
    Authentication one = auth.authenticateWithApp(1, "t1");
    Authentication two = auth.authenticateWithApp(2, "t2");
    clock.advance(Duration.ofHours(9));
    store.blockRenewalsOf = one.key();
    endpoint.hold();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> a = pool.submit(one::accessToken);
      Future<String> b = pool.submit(two::accessToken);
      await(() -> store.renewalsByKey.getOrDefault(two.key(), new java.util.concurrent.atomic.AtomicInteger()).get() >= 5);
      endpoint.open();
      store.renewalsUnblocked.countDown();
      assertThat(a.get(10, TimeUnit.SECONDS)).startsWith("access-");
      assertThat(b.get(10, TimeUnit.SECONDS)).startsWith("access-");
      assertThat(endpoint.count("refresh_token")).isEqualTo(2);
    } finally {
      store.renewalsUnblocked.countDown();
      pool.shutdownNow();
    }
  }
}
