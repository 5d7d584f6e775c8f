package io.podiokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.podiokit.Clock;
import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} must do, as a JUnit 5 test class: subclass it with a {@code createStore()} that
 * returns your store, and JUnit runs the whole contract against it.
 *
 * <pre>{@code
 * class MyStoreTest extends SessionStoreContract {
 *   @Override
 *   protected SessionStore createStore() {
 *     return new MyStore(...);
 *   }
 * }
 * }</pre>
 *
 * <p>The suite covers round-trips of every field (unicode, maximum-length key parts, 4 KB tokens, absent refresh token
 * and ref), versions (strictly increasing per key, across deletes and expiry), compare-and-set (also under 16 racing threads), deletes, keys that must never collide (one
 * differing part, case, accents, trailing spaces, colons), expiry at {@link Session#retainUntil()}, and, when the store
 * also implements {@link RefreshLock}, the lock's exclusivity, release and lapse. Lock tests are skipped for stores
 * without the capability.
 *
 * <p>Each test opens a store, works under its own random namespace (so runs against a shared Redis or database never
 * meet), deletes the keys it wrote and closes the store. Instants are written with millisecond precision and must come
 * back equal. Time-dependent tests read {@link #clock()} and move time with {@link #advanceClock(Duration)}: a store
 * built on a {@link io.podiokit.TestClock} overrides both and runs them without waiting; a store on the wall clock
 * keeps the defaults and the tests wait (at most a few seconds) for real time to pass.
 */
public abstract class SessionStoreContract {

  private static final int THREADS = 16;
  private static final int ROUNDS = 8;
  private static final Duration LONG_RETENTION = Duration.ofDays(30);
  private static final Duration SHORT_RETENTION = Duration.ofSeconds(2);
  private static final Duration SHORT_LEASE = Duration.ofSeconds(1);
  private static final Duration LONG_LEASE = Duration.ofMinutes(2);
  private static final Duration SLACK = Duration.ofSeconds(15);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String namespace = "contract-" + UUID.randomUUID();
  private final Set<SessionKey> written = new HashSet<>();
  private @Nullable SessionStore store;

  /**
   * Creates the store under test; called before each test, and the store is closed after it.
   *
   * @return a new store
   */
  protected abstract SessionStore createStore();

  /**
   * The clock the store judges {@link Session#retainUntil()} and lease lifetimes by. The default is the wall clock;
   * override it to return the {@link io.podiokit.TestClock} your store was built with.
   *
   * @return the store's clock
   */
  protected Clock clock() {
    return Clock.system();
  }

  /**
   * Moves the store's time forward by {@code duration}. The default does nothing, for stores on the wall clock, whose
   * time moves by itself; override it when {@link #clock()} is a clock you control.
   *
   * @param duration how far to move
   */
  protected void advanceClock(Duration duration) {}

  /**
   * How long past a session's {@code retainUntil} (or a lease's end) the store may still return the session (or
   * refuse the lease), for stores whose expiry is coarser than the clock. The default is one second.
   *
   * @return the tolerance; zero by default
   */
  protected Duration expiryTolerance() {
    return Duration.ofSeconds(1);
  }

  /** {@return the store the current test runs against, for tests a subclass adds} */
  protected final SessionStore store() {
    return Objects.requireNonNull(store, "no store: store() is available only while a test runs");
  }

  @BeforeEach
  final void openContractStore() {
    store = Objects.requireNonNull(createStore(), "createStore() returned null");
  }

  @AfterEach
  final void closeContractStore() {
    SessionStore s = store;
    store = null;
    if (s == null) {
      return;
    }
    try (s) {
      for (SessionKey key : written) {
        s.delete(key);
      }
    }
  }

  // ---- round-trips -------------------------------------------------------------------------------------------------

  @Test
  void loadOfUnknownKeyIsEmpty() {
    assertThat(store().load(key(SessionKey.USER, "nobody"))).isEmpty();
  }

  @Test
  void roundTripsEveryFieldForEveryGrantKind() {
    for (GrantKind origin : GrantKind.values()) {
      SessionKey key = key(SessionKey.USER, "every-field-" + origin.wireName());
      Instant now = now();
      Token token = new Token("access-" + origin.wireName(), "refresh-" + origin.wireName(),
          now.plus(Duration.ofHours(8)).plusMillis(123), "global:all user:read", new TokenRef("user", 1234567890123L),
          "bearer");
      Session session = new Session(key, token, origin, 0, now.minusMillis(7), now.plus(LONG_RETENTION).plusMillis(5));

      Session saved = store().save(session);

      assertThat(saved).isEqualTo(session.withVersion(saved.version()));
      assertThat(saved.version()).isPositive();
      assertThat(store().load(key)).contains(saved);
    }
  }

  @Test
  void roundTripsUnicodeKeysScopeAndTokens() {
    SessionKey key = key(namespace + "-名前空間-ünï", "sört-☃", "Jürgen Ñandú 用户 🙂 𝄞");
    Session session = session(key, "äccess-токен-🙂", "réfresh-令牌-𝄞", "global:all ünïcødé 用户 🙂",
        new TokenRef("app", 42));

    Session saved = store().save(session);

    assertThat(store().load(key)).contains(saved);
    assertThat(saved.key()).isEqualTo(key);
  }

  @Test
  void roundTripsMaximumLengthKeyParts() {
    for (String filler : List.of("x", "ж", "€")) {
      String ns = pad(namespace + "-" + filler, filler, SessionKey.MAX_NAMESPACE_LENGTH);
      String kind = pad("", filler, SessionKey.MAX_KIND_LENGTH);
      String id = pad("", filler, SessionKey.MAX_IDENTIFIER_LENGTH);
      // Two keys equal but for the last character: a store that truncates a part makes them collide.
      SessionKey key = key(ns, kind, id);
      SessionKey sibling = key(ns, kind, id.substring(0, id.length() - 1) + "z");
      Session first = store().save(session(key, "max-length-" + filler));
      Session second = store().save(session(sibling, "max-length-sibling-" + filler));

      assertThat(store().load(key)).contains(first);
      assertThat(store().load(sibling)).contains(second);
    }
  }

  @Test
  void roundTripsFourKilobyteTokens() {
    SessionKey key = key(SessionKey.APP, "long-tokens");
    Session session = session(key, randomToken(4096), randomToken(4096), "app:all", new TokenRef("app", 7));

    Session saved = store().save(session);

    assertThat(saved.token().accessToken()).hasSize(4096);
    assertThat(store().load(key)).contains(saved);
  }

  @Test
  void roundTripsSessionWithoutRefreshTokenRefOrScope() {
    SessionKey key = key(SessionKey.USER, "bare");
    Session session = session(key, "access-only", null, "", null);

    Session saved = store().save(session);

    assertThat(store().load(key)).contains(saved);
    assertThat(saved.token().refreshToken()).isNull();
    assertThat(saved.token().ref()).isNull();
  }

  // ---- versions and compare-and-set --------------------------------------------------------------------------------

  @Test
  void eachSaveGivesAGreaterVersion() {
    SessionKey key = key(SessionKey.PASSWORD, "versions@example.com");

    Session first = store().save(session(key, "one").withVersion(Long.MAX_VALUE - 5));
    assertThat(first.version()).isPositive().isLessThan(Long.MAX_VALUE / 2);
    Session second = store().save(session(key, "two"));
    assertThat(second.version()).isGreaterThan(first.version());
    Session third = store().save(session(key, "three").withVersion(2));

    assertThat(third.version()).isGreaterThan(second.version());
    assertThat(store().load(key)).contains(third);
  }

  @Test
  void versionsKeepIncreasingAcrossADelete() {
    SessionKey key = key(SessionKey.USER, "versions-across-delete");
    Session before = store().save(session(key, "account-a"));
    before = store().replace(before.version(), session(key, "account-a-refreshed")).orElseThrow();

    store().delete(key);
    assertThat(store().load(key)).isEmpty();
    Session after = store().save(session(key, "account-b"));

    assertThat(after.version()).as("version after a delete").isGreaterThan(before.version());
  }

  @Test
  void aCompareAndSetFromBeforeADeleteNeverOverwritesANewAuthorization() {
    SessionKey key = key(SessionKey.USER, "aba");
    Session read = store().save(session(key, "account-a"));
    // The user signs out and authorizes again (perhaps as another account) while a refresh of account-a runs.
    store().delete(key);
    Session again = store().save(session(key, "account-b"));

    assertThat(store().replace(read.version(), session(key, "account-a-refreshed"))).isEmpty();
    assertThat(store().load(key)).contains(again);
  }

  @Test
  void versionsKeepIncreasingAcrossExpiry() {
    SessionKey key = key(SessionKey.APP, "versions-across-expiry");
    Session before = store().save(session(key, "short-lived", "refresh", "app:all", null, now().plus(SHORT_RETENTION)));
    advanceClock(SHORT_RETENTION.plusMillis(1));
    awaitTrue("session to be dropped after its retainUntil", SHORT_RETENTION.plus(expiryTolerance()).plus(SLACK),
        () -> store().load(key).isEmpty());

    Session after = store().save(session(key, "new-authorization"));

    assertThat(after.version()).as("version after expiry").isGreaterThan(before.version());
    assertThat(store().replace(before.version(), session(key, "late-refresh"))).isEmpty();
    assertThat(store().load(key)).contains(after);
  }

  @Test
  void replaceWithTheStoredVersionWritesAndAddsOne() {
    SessionKey key = key(SessionKey.APP, "cas");
    Session current = store().save(session(key, "v1"));
    for (int i = 2; i <= 4; i++) {
      Session next = session(key, "v" + i).withVersion(99);

      Optional<Session> replaced = store().replace(current.version(), next);

      assertThat(replaced).contains(next.withVersion(current.version() + 1));
      assertThat(store().load(key)).isEqualTo(replaced);
      current = replaced.orElseThrow();
    }
  }

  @Test
  void replaceWithAnotherVersionWritesNothing() {
    SessionKey key = key(SessionKey.APP, "cas-stale");
    store().save(session(key, "first"));
    Session stored = store().save(session(key, "second"));

    for (long wrong : new long[] {0, 1, 3, 100}) {
      assertThat(store().replace(wrong, session(key, "intruder-" + wrong)))
          .as("replace with version %d while %d is stored", wrong, stored.version())
          .isEmpty();
    }
    assertThat(store().load(key)).contains(stored);
  }

  @Test
  void replaceOfAMissingSessionWritesNothing() {
    SessionKey key = key(SessionKey.USER, "cas-missing");

    assertThat(store().replace(0, session(key, "zero"))).isEmpty();
    assertThat(store().replace(1, session(key, "one"))).isEmpty();
    assertThat(store().load(key)).isEmpty();
  }

  @Test
  void compareAndSetHasExactlyOneWinnerPerVersionAmong16Threads() throws Exception {
    SessionKey key = key(SessionKey.APP, "cas-race");
    Session current = store().save(session(key, "round-0"));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        long expected = current.version();
        int r = round;
        List<Optional<Session>> results = race(pool, i -> store().replace(expected, session(key, "round-" + r + "-" + i)));

        List<Session> winners = results.stream().flatMap(Optional::stream).toList();
        assertThat(winners).as("winners of round %d", round).hasSize(1);
        Session winner = winners.get(0);
        assertThat(winner.version()).isEqualTo(expected + 1);
        assertThat(store().load(key)).contains(winner);
        current = winner;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentSavesOfANewKeyGetDistinctVersions() throws Exception {
    SessionKey key = key(SessionKey.PASSWORD, "save-race@example.com");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Session> saved = race(pool, i -> store().save(session(key, "racer-" + i)));

      assertThat(saved).extracting(Session::version).doesNotHaveDuplicates();
      long highest = saved.stream().mapToLong(Session::version).max().orElseThrow();
      Session last = saved.stream().filter(s -> s.version() == highest).findFirst().orElseThrow();
      assertThat(store().load(key)).contains(last);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- delete ------------------------------------------------------------------------------------------------------

  @Test
  void deleteRemovesOnlyThatSession() {
    SessionKey gone = key(SessionKey.USER, "deleted");
    SessionKey kept = key(SessionKey.USER, "kept");
    store().save(session(gone, "gone"));
    Session keptSession = store().save(session(kept, "kept"));

    store().delete(gone);

    assertThat(store().load(gone)).isEmpty();
    assertThat(store().load(kept)).contains(keptSession);
  }

  @Test
  void deleteOfAMissingSessionDoesNothing() {
    SessionKey key = key(SessionKey.USER, "never-written");

    assertThatCode(() -> {
      store().delete(key);
      store().delete(key);
    }).doesNotThrowAnyException();
    assertThat(store().load(key)).isEmpty();
  }

  @Test
  void replaceAfterDeleteDoesNotResurrectTheSession() {
    SessionKey key = key(SessionKey.USER, "signed-out");
    Session stored = store().save(session(key, "before-sign-out"));
    store().delete(key);

    assertThat(store().replace(stored.version(), session(key, "late-refresh"))).isEmpty();
    assertThat(store().load(key)).isEmpty();
  }

  // ---- keys --------------------------------------------------------------------------------------------------------

  @Test
  void keysThatDifferInAnyWayNeverShareASession() {
    List<SessionKey> keys = List.of(
        key(namespace, "user", "alice"),
        key(namespace + "-b", "user", "alice"),
        key(namespace, "app", "alice"),
        key(namespace, "user", "alice2"),
        key(namespace, "user", "Alice"),
        key(namespace, "User", "alice"),
        key(namespace, "user", "alicé"),
        key(namespace, "user", "alice "),
        key(namespace, "user", " alice"),
        key(namespace, "a:b", "c"),
        key(namespace, "a", "b:c"),
        key(namespace + ":a", "b", "c"),
        key(namespace, "a%3Ab", "c"),
        key(namespace, "user", "a:b"),
        key(namespace, "user", "a%3Ab"),
        key(namespace, "user", "a b"),
        key(namespace, "user", "a+b"),
        key(namespace, "user", "{alice}"),
        key(namespace, "user", "alice*"),
        key(namespace, "user", "alice%"),
        key(namespace, "user", "alice_"));
    Map<SessionKey, Session> saved = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      saved.put(keys.get(i), store().save(session(keys.get(i), "token-of-key-" + i)));
    }

    for (Map.Entry<SessionKey, Session> entry : saved.entrySet()) {
      assertThat(store().load(entry.getKey())).as("load(%s)", entry.getKey()).contains(entry.getValue());
      assertThat(entry.getValue().version()).as("version of %s", entry.getKey()).isPositive();
    }
    store().delete(keys.get(0));
    for (SessionKey other : keys.subList(1, keys.size())) {
      assertThat(store().load(other)).as("load(%s) after deleting %s", other, keys.get(0)).contains(saved.get(other));
    }
  }

  // ---- expiry ------------------------------------------------------------------------------------------------------

  @Test
  void sessionIsDroppedAfterItsRetainUntil() {
    SessionKey key = key(SessionKey.APP, "expiring");
    Instant start = now();
    Session session = session(key, "short-lived", "refresh", "app:all", null, start.plus(SHORT_RETENTION));

    Session saved = store().save(session);
    Optional<Session> loaded = store().load(key);
    if (clock().now().isBefore(saved.retainUntil().minus(expiryTolerance()))) {
      assertThat(loaded).as("loaded before its retainUntil").contains(saved);
    }
    advanceClock(SHORT_RETENTION.plusMillis(1));

    awaitTrue("session to be dropped after its retainUntil", SHORT_RETENTION.plus(expiryTolerance()).plus(SLACK),
        () -> store().load(key).isEmpty());
    assertThat(store().replace(saved.version(), session(key, "after-expiry"))).isEmpty();
    assertThat(store().load(key)).isEmpty();
  }

  @Test
  void sessionWrittenPastItsRetainUntilIsNotLoaded() {
    SessionKey key = key(SessionKey.APP, "already-lapsed");
    Instant start = now();

    store().save(session(key, "lapsed", "refresh", "app:all", null, start.minusSeconds(60)));

    awaitTrue("session written past its retainUntil to be dropped", expiryTolerance().plus(SLACK),
        () -> store().load(key).isEmpty());
  }

  // ---- RefreshLock -------------------------------------------------------------------------------------------------

  @Test
  void refreshLockIsHeldByExactlyOneOf16Threads() throws Exception {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-race");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        List<Optional<RefreshLock.Lease>> leases = race(pool, i -> lock.tryAcquire(key, LONG_LEASE));

        List<RefreshLock.Lease> holders = leases.stream().flatMap(Optional::stream).toList();
        assertThat(holders).as("holders in round %d", round).hasSize(1);
        holders.get(0).close();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void releasedLeaseCanBeTakenByAnother() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-release");

    RefreshLock.Lease first = lock.tryAcquire(key, LONG_LEASE).orElseThrow();
    assertThat(lock.tryAcquire(key, LONG_LEASE)).as("second acquire while held").isEmpty();
    first.close();

    Optional<RefreshLock.Lease> second = lock.tryAcquire(key, LONG_LEASE);
    assertThat(second).as("acquire after release").isPresent();
    second.orElseThrow().close();
  }

  @Test
  void leasesOnDifferentKeysAreIndependent() {
    RefreshLock lock = refreshLock();
    SessionKey one = key(SessionKey.USER, "lock-one");
    SessionKey other = key(SessionKey.USER, "lock-other");

    RefreshLock.Lease first = lock.tryAcquire(one, LONG_LEASE).orElseThrow();
    Optional<RefreshLock.Lease> second = lock.tryAcquire(other, LONG_LEASE);
    assertThat(second).as("lease on another key while the first is held").isPresent();
    second.orElseThrow().close();

    assertThat(lock.tryAcquire(one, LONG_LEASE)).as("first lease after the other key's was released").isEmpty();
    first.close();
  }

  @Test
  void lapsedLeaseCanBeTakenByAnother() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-lapse");
    assertThat(lock.tryAcquire(key, SHORT_LEASE)).isPresent();

    advanceClock(SHORT_LEASE.plusMillis(1));

    RefreshLock.Lease next = await("a lapsed lease to be taken by another",
        SHORT_LEASE.plus(expiryTolerance()).plus(SLACK), () -> lock.tryAcquire(key, LONG_LEASE));
    next.close();
  }

  @Test
  void closingALapsedLeaseDoesNotReleaseTheNextHolder() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-stale-release");
    RefreshLock.Lease lapsed = lock.tryAcquire(key, SHORT_LEASE).orElseThrow();
    advanceClock(SHORT_LEASE.plusMillis(1));
    RefreshLock.Lease holder = await("a lapsed lease to be taken by another",
        SHORT_LEASE.plus(expiryTolerance()).plus(SLACK), () -> lock.tryAcquire(key, LONG_LEASE));

    lapsed.close();
    lapsed.close();

    assertThat(lock.tryAcquire(key, LONG_LEASE)).as("acquire while the next holder holds it").isEmpty();
    holder.close();
    Optional<RefreshLock.Lease> after = lock.tryAcquire(key, LONG_LEASE);
    assertThat(after).as("acquire after the next holder released it").isPresent();
    after.orElseThrow().close();
  }

  @Test
  void aRenewedLeaseOutlivesItsFirstTimeToLive() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-renew");
    RefreshLock.Lease lease = lock.tryAcquire(key, SHORT_LEASE).orElseThrow();
    Instant firstEnd = clock().now().plus(SHORT_LEASE).plus(expiryTolerance());
    assertThat(lease.renew(LONG_LEASE)).as("renew while held").isTrue();

    advanceClock(SHORT_LEASE.plus(expiryTolerance()).plusMillis(1));
    awaitTrue("the first time-to-live to pass", SHORT_LEASE.plus(expiryTolerance()).plus(SLACK),
        () -> clock().now().isAfter(firstEnd));

    assertThat(lock.tryAcquire(key, LONG_LEASE)).as("acquire after the first time-to-live of a renewed lease").isEmpty();
    lease.close();
    Optional<RefreshLock.Lease> after = lock.tryAcquire(key, LONG_LEASE);
    assertThat(after).as("acquire after the renewed lease was released").isPresent();
    after.orElseThrow().close();
  }

  @Test
  void aLapsedLeaseTakenByAnotherCannotBeRenewed() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-renew-lapsed");
    RefreshLock.Lease lapsed = lock.tryAcquire(key, SHORT_LEASE).orElseThrow();
    advanceClock(SHORT_LEASE.plusMillis(1));
    RefreshLock.Lease holder = await("a lapsed lease to be taken by another",
        SHORT_LEASE.plus(expiryTolerance()).plus(SLACK), () -> lock.tryAcquire(key, LONG_LEASE));

    assertThat(lapsed.renew(LONG_LEASE)).as("renew of a lease another holder took").isFalse();
    assertThat(lock.tryAcquire(key, LONG_LEASE)).as("acquire while the next holder holds it").isEmpty();
    holder.close();
  }

  @Test
  void aReleasedLeaseCannotBeRenewed() {
    RefreshLock lock = refreshLock();
    SessionKey key = key(SessionKey.APP, "lock-renew-released");
    RefreshLock.Lease lease = lock.tryAcquire(key, LONG_LEASE).orElseThrow();
    lease.close();
    assertThat(lease.renew(LONG_LEASE)).as("renew after release").isFalse();
    Optional<RefreshLock.Lease> next = lock.tryAcquire(key, LONG_LEASE);
    assertThat(next).as("acquire after release and a refused renew").isPresent();
    next.orElseThrow().close();
  }

  // ---- support -----------------------------------------------------------------------------------------------------

  private RefreshLock refreshLock() {
    Optional<RefreshLock> lock = store().refreshLock();
    Assumptions.assumeTrue(lock.isPresent(), () -> store().getClass().getName() + " offers no RefreshLock");
    return lock.orElseThrow();
  }

  private SessionKey key(String kind, String identifier) {
    return key(namespace, kind, identifier);
  }

  private SessionKey key(String ns, String kind, String identifier) {
    SessionKey key = new SessionKey(ns, kind, identifier);
    written.add(key);
    return key;
  }

  private Instant now() {
    return clock().now().truncatedTo(ChronoUnit.MILLIS);
  }

  private Session session(SessionKey key, String accessToken) {
    return session(key, accessToken, "refresh-" + accessToken, "global:all", new TokenRef("user", 1001));
  }

  private Session session(SessionKey key, String accessToken, @Nullable String refreshToken, String scope,
                          @Nullable TokenRef ref) {
    return session(key, accessToken, refreshToken, scope, ref, now().plus(LONG_RETENTION));
  }

  private Session session(SessionKey key, String accessToken, @Nullable String refreshToken, String scope,
                          @Nullable TokenRef ref, Instant retainUntil) {
    Instant now = now();
    Token token = new Token(accessToken, refreshToken, now.plus(Duration.ofHours(8)), scope, ref, "bearer");
    return new Session(key, token, GrantKind.APP, 0, now, retainUntil);
  }

  private static String pad(String start, String filler, int length) {
    StringBuilder padded = new StringBuilder(start);
    while (padded.length() < length) {
      padded.append(filler);
    }
    return padded.substring(0, length);
  }

  private static String randomToken(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
  }

  /** Runs {@code task} on {@link #THREADS} threads released at the same instant and returns their results. */
  private static <T> List<T> race(ExecutorService pool, Racer<T> task) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int index = i;
      Callable<T> racer = () -> {
        start.await(SLACK.toSeconds(), TimeUnit.SECONDS);
        return task.run(index);
      };
      futures.add(pool.submit(racer));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(SLACK.toSeconds() * 2, TimeUnit.SECONDS));
    }
    return results;
  }

  @FunctionalInterface
  private interface Racer<T> {
    T run(int index) throws Exception;
  }

  private static void awaitTrue(String what, Duration timeout, Supplier<Boolean> condition) {
    await(what, timeout, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
  }

  /** Polls {@code probe} every 10 ms until it gives a value, failing once {@code timeout} has passed. */
  private static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
  }
}
