package io.podiokit;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The I/O around the pure state machine: at most one exchange per session key at a time in this process (single
 * flight), coordinated with other processes through the store's {@link RefreshLock} when it has one.
 *
 * <p>The newest session of each key this process has seen or written is held in memory (the near cache): a fresh
 * token is served from it without a store round trip, and a token Podio issued stays there, serving calls, until the
 * store has it, so a failed write never loses it.
 */
final class TokenManager {

  private static final System.Logger LOG = System.getLogger("io.podiokit.auth");
  private static final int MAX_WRITE_ATTEMPTS = 5;
  private static final long WRITE_BACK_FIRST_DELAY_MILLIS = 100;
  private static final long WRITE_BACK_MAX_DELAY_MILLIS = 10_000;
  private static final long BACKOFF_BASE_MILLIS = 1_000;
  private static final long BACKOFF_MAX_MILLIS = 30_000;
  /** The events of the flight running on this thread, fired once its result is published. */
  private static final ThreadLocal<@Nullable List<Consumer<AuthListener>>> DEFERRED = new ThreadLocal<>();

  private final TokenEndpoint endpoint;
  private final SessionStore store;
  private final @Nullable RefreshLock lock;
  private final Clock clock;
  private final RefreshPolicy policy;
  private final long revalidateMillis;
  private final List<AuthListener> listeners;
  private final Executor executor;
  private final ScheduledExecutorService timer;
  private final Executor io;
  private final Supplier<@Nullable AuthorizationRequest> reauthorization;

  /** The newest session per key this process holds: the near cache. */
  private final ConcurrentHashMap<SessionKey, Held> near = new ConcurrentHashMap<>();
  /** The one exchange in flight per key; joined by every caller who needs it. */
  private final ConcurrentHashMap<SessionKey, Flight> inflight = new ConcurrentHashMap<>();
  /** App and password grants this process was given, replayed when their session dies. Never stored. */
  private final ConcurrentHashMap<SessionKey, Grant> replayable = new ConcurrentHashMap<>();
  /** The last access token Podio rejected (HTTP 401) per key: never served again by this process. */
  private final ConcurrentHashMap<SessionKey, String> rejected = new ConcurrentHashMap<>();
  /** Keys whose last refresh failed, and until when the next one waits. */
  private final ConcurrentHashMap<SessionKey, Backoff> failures = new ConcurrentHashMap<>();
  /** How many times each key was signed out here, so a replay running meanwhile does not bring it back. */
  private final ConcurrentHashMap<SessionKey, Long> signOuts = new ConcurrentHashMap<>();
  /** The version of the dead session each key was last reported signed out at, so it is reported once. */
  private final ConcurrentHashMap<SessionKey, Long> reportedDead = new ConcurrentHashMap<>();
  /** Keys in a store failure episode, so it is logged once when it starts and once when it ends. */
  private final Set<SessionKey> troubled = ConcurrentHashMap.newKeySet();

  TokenManager(TokenEndpoint endpoint, SessionStore store, Clock clock, RefreshPolicy policy,
               List<AuthListener> listeners, Executor executor, ScheduledExecutorService timer, Executor io,
               Supplier<@Nullable AuthorizationRequest> reauthorization) {
    this.endpoint = endpoint;
    this.store = store;
    this.lock = store.refreshLock().orElse(null);
    this.clock = clock;
    this.policy = policy;
    this.revalidateMillis = millis(policy.revalidateInterval());
    this.listeners = List.copyOf(listeners);
    this.executor = executor;
    this.timer = timer;
    this.io = io;
    this.reauthorization = reauthorization;
  }

  RefreshPolicy policy() {
    return policy;
  }

  Optional<Session> load(SessionKey key) {
    return Optional.ofNullable(current(key));
  }

  TokenState state(SessionKey key) {
    return stateOf(current(key));
  }

  /** A usable access token for {@code key}: the held one while fresh, else as the rules say. Allocates nothing. */
  String accessToken(SessionKey key) {
    Held held = near.get(key);
    if (held != null && clock.millis() < held.serveUntil) {
      return held.accessToken;
    }
    return accessTokenSlowly(key);
  }

  private String accessTokenSlowly(SessionKey key) {
    Session session = current(key);
    return switch (Action.decide(stateOf(session), replayable.containsKey(key))) {
      case USE -> stored(session).token().accessToken();
      case USE_AND_REFRESH -> {
        if (backoff(key) == null) {
          try {
            inFlight(key, () -> renew(key, session));
          } catch (PodioException e) {
            LOG.log(Level.WARNING, "Could not start the background refresh of {0}; the stale token is served: {1}",
                key, e.getMessage());
          }
        }
        yield stored(session).token().accessToken();
      }
      case REFRESH_AND_WAIT -> {
        Backoff backoff = backoff(key);
        if (backoff != null) {
          if (clock.now().isBefore(stored(session).token().expiresAt())) {
            yield stored(session).token().accessToken(); // still valid: served while the refresh waits out its backoff
          }
          throw backoff.failure(key, clock.millis());
        }
        yield await(key, inFlight(key, () -> renew(key, session))).token().accessToken();
      }
      case REPLAY_GRANT -> await(key, inFlight(key, () -> renew(key, session))).token().accessToken();
      case REQUIRE_REAUTHORIZATION -> dead(key, stored(session), null).token().accessToken();
      case REQUIRE_AUTHENTICATION -> throw new NotAuthenticatedException(key);
    };
  }

  /**
   * Podio refused {@code rejectedAccessToken} (HTTP 401): refresh unless a newer token is already stored, and return
   * the token to retry with. A newer token is never clobbered, and the rejected token is never handed back: this
   * process never uses it again.
   */
  String accessTokenAfterRejection(SessionKey key, String rejectedAccessToken) {
    rejected.put(key, rejectedAccessToken);
    near.computeIfPresent(key, (k, held) -> held.accessToken.equals(rejectedAccessToken) ? held(held) : held);
    Session session = loadAndMerge(key);
    if (session == null || !session.token().accessToken().equals(rejectedAccessToken)) {
      return accessToken(key);
    }
    Session result = await(key, inFlight(key, () -> renew(key, session)));
    if (!result.token().accessToken().equals(rejectedAccessToken)) {
      return result.token().accessToken();
    }
    // We joined a refresh that started before the rejection and kept this very token: refresh once more.
    Session again = await(key, inFlight(key, () -> renew(key, result)));
    if (again.token().accessToken().equals(rejectedAccessToken)) {
      throw new ReauthorizationRequiredException(key, reauthorization.get(), null);
    }
    return again.token().accessToken();
  }

  /** Refreshes now, whatever the state (a refresh already running is joined). */
  Session refreshNow(SessionKey key) {
    Session session = loadAndMerge(key);
    if (session == null) {
      throw new NotAuthenticatedException(key);
    }
    return await(key, inFlight(key, () -> renew(key, session)));
  }

  /** Remembers {@code grant} for replay, reuses a stored session that still works, or exchanges the grant. */
  Session authenticate(SessionKey key, Grant grant, GrantKind origin) {
    if (grant.replayable()) {
      replayable.put(key, grant);
    }
    Session existing = loadAndMerge(key);
    if (stateOf(existing).authenticated()) {
      return stored(existing);
    }
    return await(key, inFlight(key, () -> renew(key, existing)));
  }

  /** Exchanges a grant that may be used only once (an authorization code): never retried, stored at once. */
  Session exchangeOnce(SessionKey key, Grant grant, GrantKind origin) {
    replayable.remove(key);
    Token token = exchange(grant);
    return saveNew(key, newSession(key, token, origin), l -> l.authenticated(key, origin));
  }

  /** Stores a token obtained elsewhere (the client-side flow's fragment). */
  Session store(SessionKey key, Token token, GrantKind origin) {
    replayable.remove(key);
    return saveNew(key, newSession(key, token, origin), l -> l.authenticated(key, origin));
  }

  void signOut(SessionKey key) {
    replayable.remove(key);
    signOuts.merge(key, 1L, Long::sum);
    store.delete(key);
    near.remove(key);
    rejected.remove(key);
    failures.remove(key);
    notify(l -> l.signedOut(key));
  }

  /** Tries once more to store every session whose write is still pending; called when the owner closes. */
  void close() {
    for (SessionKey key : near.keySet()) {
      Held held = near.get(key);
      if (held != null && held.unwritten) {
        try {
          writeBackOnce(key, held);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Closing with the session {0} still not stored ({1}); it is lost unless the store "
              + "has it", key, e.getMessage());
        }
      }
    }
  }

  // --- the near cache --------------------------------------------------------------------------------------------

  /** What this process holds for one key; immutable, compared by identity. */
  private static final class Held {
    final Session session;
    final String accessToken;
    /** Until when (epoch ms) the fast path may serve {@link #accessToken} without any other check. */
    final long serveUntil;
    /** When (epoch ms) the store is read again. */
    final long checkAfter;
    /** Whether the store does not have this session yet (a write failed and is retried in the background). */
    final boolean unwritten;
    /** For an unwritten session: the stored one it replaces, if any. */
    final @Nullable Session base;

    Held(Session session, long serveUntil, long checkAfter, boolean unwritten, @Nullable Session base) {
      this.session = session;
      this.accessToken = session.token().accessToken();
      this.serveUntil = serveUntil;
      this.checkAfter = checkAfter;
      this.unwritten = unwritten;
      this.base = base;
    }
  }

  private Held held(Session session, long checkAfter, boolean unwritten, @Nullable Session base) {
    long serveUntil = isRejected(session) ? Long.MIN_VALUE
        : Math.min(epochMillis(policy.staleAt(session)), checkAfter);
    return new Held(session, serveUntil, checkAfter, unwritten, base);
  }

  /** {@code held} recomputed (after a rejection). */
  private Held held(Held held) {
    return held(held.session, held.checkAfter, held.unwritten, held.base);
  }

  private long nextCheck() {
    long now = clock.millis();
    return revalidateMillis > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + revalidateMillis;
  }

  /**
   * The session to act on: the held one while usable and recently read; otherwise what the store says now. When the
   * revalidate interval has passed, one caller re-reads the store while the others keep being served; if the store
   * cannot be read then, the held session keeps serving.
   */
  private @Nullable Session current(SessionKey key) {
    Held held = near.get(key);
    if (held == null) {
      return loadAndMerge(key);
    }
    TokenState state = stateOf(held.session);
    if (state != TokenState.FRESH && state != TokenState.STALE) {
      return loadAndMerge(key);
    }
    if (clock.millis() < held.checkAfter) {
      return held.session;
    }
    if (!near.replace(key, held, held(held.session, nextCheck(), held.unwritten, held.base))) {
      Held now = near.get(key);
      return now != null ? now.session : held.session;
    }
    try {
      return loadAndMerge(key);
    } catch (RuntimeException e) {
      warnOnce(key, "The session {0} could not be read again from the store ({1}); the token in hand keeps serving "
          + "calls while it is valid", e);
      return held.session;
    }
  }

  /** Reads {@code key} from the store and merges it into the near cache; returns what is held afterwards. */
  private @Nullable Session loadAndMerge(SessionKey key) {
    Session stored = store.load(key).orElse(null);
    troubleOver(key);
    boolean[] wentBack = {false};
    Held result = near.compute(key, (k, cur) -> {
      long checkAfter = nextCheck();
      if (cur != null && cur.unwritten) {
        if (stored != null && stored.token().accessToken().equals(cur.accessToken)) {
          return held(stored, checkAfter, false, null); // the pending write landed
        }
        return held(cur.session, checkAfter, true, cur.base); // newer than the store until its write lands
      }
      if (stored == null) {
        return null; // signed out (here or in another process)
      }
      if (cur != null && stored.version() < cur.session.version()) {
        wentBack[0] = true; // the store lost writes (restored, failed over): what we hold is newer
        return held(cur.session, checkAfter, true, stored);
      }
      return held(stored, checkAfter, false, null);
    });
    if (wentBack[0]) {
      writeBack(key, 0);
    }
    return result == null ? null : result.session;
  }

  /** Holds {@code written}, which the store has, unless something newer is held already. */
  private void remember(SessionKey key, Session written) {
    near.compute(key, (k, cur) -> cur != null && !cur.unwritten && cur.session.version() > written.version() ? cur
        : held(written, nextCheck(), false, null));
  }

  // --- single flight -------------------------------------------------------------------------------------------

  /** One exchange per key: its result, and whether the executor has started it. */
  private static final class Flight {
    static final int QUEUED = 0;
    static final int STARTED = 1;
    static final int ABANDONED = 2;

    final CompletableFuture<Session> future = new CompletableFuture<>();
    final AtomicInteger state = new AtomicInteger(QUEUED);
    final long submittedAt = System.nanoTime();
  }

  private Flight inFlight(SessionKey key, Supplier<Session> work) {
    while (true) {
      Flight running = inflight.get(key);
      if (running != null && !abandonedIfDropped(key, running)) {
        return running;
      }
      Flight mine = new Flight();
      if (running == null ? inflight.putIfAbsent(key, mine) != null : !inflight.replace(key, running, mine)) {
        continue;
      }
      try {
        executor.execute(() -> run(key, mine, work));
      } catch (RejectedExecutionException e) {
        inflight.remove(key, mine);
        throw new PodioException("The refresh executor accepts no more work: PodioAuth is closed, or the executor "
            + "given to PodioAuth.Builder.executor is saturated", e);
      }
      return mine;
    }
  }

  private void run(SessionKey key, Flight flight, Supplier<Session> work) {
    if (!flight.state.compareAndSet(Flight.QUEUED, Flight.STARTED)) {
      return; // given up on as dropped; a newer flight does the work
    }
    List<Consumer<AuthListener>> events = new ArrayList<>();
    List<Consumer<AuthListener>> outer = DEFERRED.get();
    DEFERRED.set(events);
    Session result = null;
    Throwable failure = null;
    try {
      result = work.get();
    } catch (Throwable t) {
      failure = t;
    } finally {
      DEFERRED.set(outer);
    }
    // Leave the map first, so that a caller who sees the result never joins a finished flight, and a listener that
    // asks for a token gets this result instead of waiting on this very flight; then tell the listeners, then the
    // callers.
    if (failure == null) {
      failures.remove(key);
    } else if (failure instanceof PodioException p && !(p instanceof NotAuthenticatedException)
        && !(p instanceof ReauthorizationRequiredException)) {
      failed(key, p);
    }
    inflight.remove(key, flight);
    events.forEach(this::fire);
    if (failure == null) {
      flight.future.complete(result);
    } else {
      flight.future.completeExceptionally(failure);
    }
  }

  /**
   * Gives up on a flight the executor has not started within the refresh timeout (it dropped the task: a discard
   * policy, or {@code shutdownNow}), so that the next caller starts a new one instead of waiting forever.
   */
  private boolean abandonedIfDropped(SessionKey key, Flight flight) {
    if (System.nanoTime() - flight.submittedAt < policy.refreshTimeout().toNanos()
        || !flight.state.compareAndSet(Flight.QUEUED, Flight.ABANDONED)) {
      return false;
    }
    inflight.remove(key, flight);
    LOG.log(Level.WARNING, "The refresh executor never ran the refresh of {0} within {1}: it dropped the task "
        + "(a discard policy, or shutdownNow). Trying again.", key, policy.refreshTimeout());
    flight.future.completeExceptionally(new PodioException("The refresh executor never ran the refresh of " + key
        + ": it dropped the task. Check the executor given to PodioAuth.Builder.executor.", null));
    return true;
  }

  private Session await(SessionKey key, Flight flight) {
    Duration timeout = policy.refreshTimeout();
    try {
      return flight.future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandonedIfDropped(key, flight);
      throw new TokenRefreshTimeoutException(key, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PodioException("Interrupted while waiting for the token of " + key + " to be refreshed", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new PodioException("Refreshing the token of " + key + " failed", cause);
    }
  }

  // --- backoff after failed refreshes ------------------------------------------------------------------------------

  /** A failed refresh: how many in a row, the last error, and until when (epoch ms) the next one waits. */
  private record Backoff(int failures, long until, PodioException last) {
    PodioException failure(SessionKey key, long now) {
      return new PodioException("The token of " + key + " expired and its last refresh failed (" + last.getMessage()
          + "); the next attempt is due in " + Math.max(0, until - now) + " ms. The session is kept.", last);
    }
  }

  private @Nullable Backoff backoff(SessionKey key) {
    Backoff backoff = failures.get(key);
    return backoff != null && clock.millis() < backoff.until ? backoff : null;
  }

  private void failed(SessionKey key, PodioException error) {
    failures.compute(key, (k, previous) -> {
      int n = previous == null ? 1 : previous.failures + 1;
      long delay = Math.min(BACKOFF_MAX_MILLIS, BACKOFF_BASE_MILLIS << Math.min(n - 1, 20));
      long jittered = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
      return new Backoff(n, clock.millis() + jittered, error);
    });
  }

  // --- the work done once per key ------------------------------------------------------------------------------

  /**
   * Gets a usable session in place of {@code observed} (null: none): adopts a newer usable one written by another
   * thread or process, else refreshes or replays. With a shared store, only the holder of the refresh lease
   * exchanges; the others poll the store for its result and take the lease as soon as it is free.
   */
  private Session renew(SessionKey key, @Nullable Session observed) {
    long deadline = System.nanoTime() + policy.refreshTimeout().plus(policy.leaseTime()).toNanos();
    Session current = loadAndMerge(key);
    if (adoptable(current, observed)) {
      return adopt(key, current);
    }
    if (lock == null) {
      return act(key, current);
    }
    while (true) {
      Optional<RefreshLock.Lease> lease = lock.tryAcquire(key, policy.leaseTime());
      if (lease.isPresent()) {
        try (RefreshLock.Lease held = lease.get()) {
          Session latest = loadAndMerge(key);
          if (adoptable(latest, observed)) {
            return adopt(key, latest);
          }
          return keepingLease(key, held, () -> act(key, latest));
        }
      }
      LockSupport.parkNanos(policy.pollInterval().toNanos());
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new PodioException("Interrupted while waiting for another process to refresh " + key);
      }
      Session polled = loadAndMerge(key);
      if (adoptable(polled, observed)) {
        return adopt(key, polled);
      }
      if (System.nanoTime() - deadline > 0) {
        throw new TokenRefreshTimeoutException(key, policy.refreshTimeout().plus(policy.leaseTime()));
      }
    }
  }

  private Session act(SessionKey key, @Nullable Session current) {
    if (current == null) {
      return replayOr(key, null, null);
    }
    if (current.token().refreshable() && clock.now().isBefore(current.retainUntil())) {
      return exchangeRefresh(key, current);
    }
    return replayOr(key, current, null);
  }

  /** Adopts {@code session}, which {@link #adoptable} found usable (so present). */
  private Session adopt(SessionKey key, @Nullable Session session) {
    Session adopted = stored(session);
    notify(l -> l.adopted(key));
    return adopted;
  }

  /**
   * Runs {@code work} while renewing {@code lease} every third of the lease time, so that a live holder whose call to
   * Podio is slow keeps the lease (nobody else refreshes with the same refresh token), while a dead one loses it.
   * Renewals run on the store threads, so one that blocks delays no other session's.
   */
  private Session keepingLease(SessionKey key, RefreshLock.Lease lease, Supplier<Session> work) {
    long every = Math.max(1, policy.leaseTime().toMillis() / 3);
    AtomicBoolean renewing = new AtomicBoolean();
    ScheduledFuture<?> keeper = timer.scheduleAtFixedRate(() -> {
      if (!renewing.compareAndSet(false, true)) {
        return;
      }
      try {
        io.execute(() -> {
          try {
            if (!lease.renew(policy.leaseTime())) {
              LOG.log(Level.WARNING, "The refresh lease on {0} lapsed before it could be renewed; another process "
                  + "may refresh too, and compare-and-set will keep only one result", key);
            }
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the refresh lease on {0}: {1}", key, e.getMessage());
          } finally {
            renewing.set(false);
          }
        });
      } catch (RejectedExecutionException e) {
        renewing.set(false);
      }
    }, every, every, TimeUnit.MILLISECONDS);
    try {
      return work.get();
    } finally {
      keeper.cancel(false);
    }
  }

  private Session exchangeRefresh(SessionKey key, Session current) {
    return exchangeRefresh(key, current, true);
  }

  /**
   * Refreshes {@code current}. On {@code invalid_grant}, a session a sibling stored meanwhile is adopted when usable;
   * when it holds another refresh token but its access token has already expired (Podio's answer reached the sibling
   * late), it is refreshed in turn, once ({@code mayFollow}), instead of being taken for dead.
   */
  private Session exchangeRefresh(SessionKey key, Session current, boolean mayFollow) {
    Token old = current.token();
    String refreshToken = old.refreshToken();
    if (refreshToken == null) {
      return replayOr(key, current, null);
    }
    Token fresh;
    try {
      fresh = exchange(new Grant.RefreshToken(refreshToken)).keepingRefreshTokenOf(old);
    } catch (InvalidGrantException e) {
      // A sibling may have rotated the refresh token under us: its session is then the live one. On a shared store,
      // a sibling whose lease lapsed may still hold Podio's answer: give it one lease time to write it.
      Session again = loadAndMerge(key);
      if (lock != null && !replayable.containsKey(key) && !adoptable(again, current) && !rotated(again, current)) {
        again = waitForNewer(key, current);
      }
      if (adoptable(again, current)) {
        return adopt(key, again);
      }
      if (mayFollow && again != null && rotated(again, current)) {
        return exchangeRefresh(key, again, false);
      }
      notify(l -> l.refreshFailed(key, e));
      return replayOr(key, again != null ? again : current, e);
    } catch (PodioException e) {
      LOG.log(Level.WARNING, "Refreshing the token of {0} failed; the stored session is kept: {1}", key, e.getMessage());
      notify(l -> l.refreshFailed(key, e));
      throw e;
    }
    return commit(key, current, newSession(key, fresh, current.origin()), l -> l.refreshed(key));
  }

  /**
   * Re-reads the store every poll interval, for one lease time, until it holds a session newer than {@code old} (usable,
   * or at least with another refresh token).
   */
  private @Nullable Session waitForNewer(SessionKey key, Session old) {
    long until = System.nanoTime() + policy.leaseTime().toNanos();
    Session latest = null;
    while (System.nanoTime() - until < 0) {
      LockSupport.parkNanos(policy.pollInterval().toNanos());
      latest = loadAndMerge(key);
      if (latest == null || adoptable(latest, old) || rotated(latest, old)) {
        return latest;
      }
    }
    return latest;
  }

  /**
   * Stores {@code next} in place of {@code expected} by compare-and-set. {@code next} is held in memory first, so a
   * store that fails loses nothing: the write is retried in the background while {@code next} serves calls. A newer
   * usable session written meanwhile wins; a sign-out stands; anything else (a dead marker, the same tokens saved
   * again) gets {@code next} on top of it.
   */
  private Session commit(SessionKey key, Session expected, Session next, Consumer<AuthListener> event) {
    Held mine = held(next, nextCheck(), true, expected);
    near.put(key, mine);
    Session base = expected;
    try {
      for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
        Optional<Session> written = store.replace(base.version(), next);
        if (written.isPresent()) {
          near.replace(key, mine, held(written.get(), nextCheck(), false, null));
          troubleOver(key);
          LOG.log(Level.DEBUG, "Stored the new token of {0}", key);
          notify(event);
          return written.get();
        }
        Session winner = store.load(key).orElse(null);
        if (winner == null) {
          near.remove(key, mine);
          throw new NotAuthenticatedException(key); // signed out meanwhile: the sign-out stands
        }
        if (newerAndUsable(winner, expected)) {
          near.replace(key, mine, held(winner, nextCheck(), false, null));
          return adopt(key, winner);
        }
        base = winner;
      }
      throw new SessionStoreException("The session " + key + " changed under its write " + MAX_WRITE_ATTEMPTS
          + " times in a row; check for another writer of this session", null);
    } catch (NotAuthenticatedException e) {
      throw e;
    } catch (RuntimeException e) {
      warnOnce(key, "The new token of {0} could not be stored ({1}); it serves calls from memory and its write is "
          + "retried in the background", e);
      writeBack(key, WRITE_BACK_FIRST_DELAY_MILLIS);
      notify(event);
      return next;
    }
  }

  /** Saves a new authorization whatever the store holds (the user authorized again); held in memory if that fails. */
  private Session saveNew(SessionKey key, Session next, Consumer<AuthListener> event) {
    Session saved;
    try {
      saved = store.save(next);
      troubleOver(key);
      remember(key, saved);
    } catch (RuntimeException e) {
      near.put(key, held(next, nextCheck(), true, null));
      warnOnce(key, "The new session {0} could not be stored ({1}); it serves calls from memory and its write is "
          + "retried in the background", e);
      writeBack(key, WRITE_BACK_FIRST_DELAY_MILLIS);
      saved = next;
    }
    notify(event);
    return saved;
  }

  private void writeBack(SessionKey key, long delayMillis) {
    try {
      timer.schedule(() -> io.execute(() -> {
        Held held = near.get(key);
        if (held == null || !held.unwritten) {
          return;
        }
        try {
          writeBackOnce(key, held);
        } catch (RuntimeException e) {
          long next = Math.min(WRITE_BACK_MAX_DELAY_MILLIS, Math.max(WRITE_BACK_FIRST_DELAY_MILLIS, delayMillis * 2));
          writeBack(key, next / 2 + ThreadLocalRandom.current().nextLong(next / 2 + 1));
        }
      }), delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      LOG.log(Level.DEBUG, "Not retrying the write of {0}: closed", key);
    }
  }

  /** One attempt to store {@code held}'s session, by compare-and-set against what the store holds now. */
  private void writeBackOnce(SessionKey key, Held held) {
    Session stored = store.load(key).orElse(null);
    Session result;
    if (stored == null) {
      // The store lost it (restarted empty, failed over) or it was signed out elsewhere meanwhile: the token Podio
      // issued is kept. The store cannot tell the two apart, so such a sign-out is undone (the README says so).
      result = store.save(held.session);
    } else if (stored.token().accessToken().equals(held.accessToken)) {
      result = stored; // the write that was reported failed had landed
    } else if (held.base != null && !held.base.token().accessToken().equals(stored.token().accessToken())
        && newerAndUsable(stored, held.base)) {
      result = stored; // another process stored a newer authorization: it wins
    } else {
      result = store.replace(stored.version(), held.session).orElse(null);
      if (result == null) {
        throw new SessionStoreException("the session changed during its write; trying again", null);
      }
    }
    near.replace(key, held, held(result, nextCheck(), false, null));
    troubleOver(key);
  }

  /** No usable session: replay the remembered app or password grant, or treat {@code current} as dead. */
  private Session replayOr(SessionKey key, @Nullable Session current, @Nullable Throwable cause) {
    Grant grant = replayable.get(key);
    if (grant != null) {
      GrantKind origin = current != null ? current.origin() : originOf(grant);
      return obtain(key, grant, origin, current);
    }
    if (current == null) {
      throw new NotAuthenticatedException(key);
    }
    return dead(key, current, cause);
  }

  /**
   * {@code current} can no longer be refreshed and no grant can replace it. It is marked dead by compare-and-set (its
   * refresh token dropped), never deleted: a newer session written meanwhile (the user authorized again) is adopted,
   * never removed; a still-valid access token keeps serving until it expires, unless Podio rejected it. The marker
   * stays in the store for at least a refresh timeout and a lease time, so that a process still holding Podio's answer
   * for the old refresh token replaces it.
   *
   * @throws ReauthorizationRequiredException once the access token is no longer usable
   */
  private Session dead(SessionKey key, Session current, @Nullable Throwable cause) {
    Session latest = current;
    Token t = current.token();
    Instant now = clock.now();
    boolean rejectedToken = isRejected(current) && t.expiresAt().isAfter(now);
    if (t.refreshable() || rejectedToken) {
      Instant expiresAt = rejectedToken ? now : t.expiresAt();
      Instant visible = now.plus(policy.refreshTimeout()).plus(policy.leaseTime());
      Session marked = new Session(key, new Token(t.accessToken(), null, expiresAt, t.scope(), t.ref(), t.tokenType()),
          current.origin(), 0, now, expiresAt.isAfter(visible) ? expiresAt : visible);
      Optional<Session> written = store.replace(current.version(), marked);
      if (written.isPresent()) {
        latest = written.get();
        remember(key, latest);
        LOG.log(Level.INFO, "The session {0} can no longer be refreshed: the user must authorize again", key);
      } else {
        Session again = loadAndMerge(key);
        if (again != null && newerAndUsable(again, current)) {
          return adopt(key, again);
        }
        latest = again != null ? again : current;
      }
    }
    switch (stateOf(latest)) {
      case FRESH, STALE -> {
        return latest;
      }
      default -> {
        Long version = latest.version();
        if (!version.equals(reportedDead.put(key, version))) {
          notify(l -> l.signedOut(key));
        }
        throw new ReauthorizationRequiredException(key, reauthorization.get(), cause);
      }
    }
  }

  /** Exchanges {@code grant} and stores the result in place of {@code replaced} (null: nothing was stored). */
  private Session obtain(SessionKey key, Grant grant, GrantKind origin, @Nullable Session replaced) {
    long signOutsBefore = signOuts.getOrDefault(key, 0L);
    Token token = exchange(grant);
    if (signOuts.getOrDefault(key, 0L) != signOutsBefore) {
      throw new NotAuthenticatedException(key); // signed out while the grant was exchanged: the sign-out stands
    }
    Session next = newSession(key, token, origin);
    LOG.log(Level.DEBUG, "Obtained a token for {0} with the {1} grant", key, grant.grantType());
    if (replaced == null) {
      return saveNew(key, next, l -> l.authenticated(key, origin));
    }
    return commit(key, replaced, next, l -> l.reauthenticated(key));
  }

  /** Exchanges {@code grant}, refusing an answer whose tokens could not be sent or stored. */
  private Token exchange(Grant grant) {
    Token token = endpoint.exchange(grant);
    if (!Token.sendable(token.accessToken()) || token.refreshToken() != null && !Token.sendable(token.refreshToken())) {
      throw new AuthException("invalid_token", "Podio's token endpoint answered the " + grant.grantType()
          + " grant with a token that cannot be sent in an HTTP header (it holds characters other than visible "
          + "ASCII); it was not used or stored. A proxy in between may be altering the answer; retry later.");
    }
    return token;
  }

  // --- rules -----------------------------------------------------------------------------------------------------

  /** The policy's state of {@code session}, except that a token Podio rejected is never usable. */
  private TokenState stateOf(@Nullable Session session) {
    TokenState state = policy.stateOf(session, clock.now());
    if (session != null && (state == TokenState.FRESH || state == TokenState.STALE) && isRejected(session)) {
      return session.token().refreshable() && clock.now().isBefore(session.retainUntil()) ? TokenState.EXPIRED
          : TokenState.DEAD;
    }
    return state;
  }

  private boolean isRejected(Session session) {
    return session.token().accessToken().equals(rejected.get(session.key()));
  }

  private boolean adoptable(@Nullable Session current, @Nullable Session observed) {
    if (current == null) {
      return false;
    }
    return observed == null ? usable(current) : newerAndUsable(current, observed);
  }

  /** Whether {@code current} holds a live refresh token other than {@code observed}'s: a sibling rotated it. */
  private boolean rotated(@Nullable Session current, Session observed) {
    return current != null && current.token().refreshable()
        && !Objects.equals(current.token().refreshToken(), observed.token().refreshToken())
        && clock.now().isBefore(current.retainUntil());
  }

  private boolean usable(Session session) {
    TokenState state = stateOf(session);
    return state == TokenState.FRESH || state == TokenState.STALE;
  }

  private boolean newerAndUsable(Session current, Session observed) {
    return !current.token().accessToken().equals(observed.token().accessToken()) && usable(current);
  }

  private Session newSession(SessionKey key, Token token, GrantKind origin) {
    Instant now = clock.now();
    return new Session(key, token, origin, 0, now, policy.retainUntil(token, now));
  }

  private static GrantKind originOf(Grant grant) {
    return grant instanceof Grant.App ? GrantKind.APP : GrantKind.PASSWORD;
  }

  private void warnOnce(SessionKey key, String message, RuntimeException e) {
    if (troubled.add(key)) {
      LOG.log(Level.WARNING, message, key, e.getMessage());
    }
  }

  private void troubleOver(SessionKey key) {
    if (!troubled.isEmpty() && troubled.remove(key)) {
      LOG.log(Level.INFO, "The session store answers again for {0}", key);
    }
  }

  private static long epochMillis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException outOfRange) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long millis(Duration duration) {
    try {
      return duration.toMillis();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private void notify(Consumer<AuthListener> event) {
    List<Consumer<AuthListener>> deferred = DEFERRED.get();
    if (deferred != null) {
      deferred.add(event);
    } else {
      fire(event);
    }
  }

  private void fire(Consumer<AuthListener> event) {
    for (AuthListener listener : listeners) {
      try {
        event.accept(listener);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "An AuthListener threw; ignored: {0}", e.toString());
      }
    }
  }

  /** The session that a state other than "not authenticated" implies is stored. */
  private static Session stored(@Nullable Session session) {
    return Objects.requireNonNull(session, "the token state implies a stored session");
  }
}
