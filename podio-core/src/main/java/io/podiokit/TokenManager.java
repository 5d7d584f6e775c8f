package io.podiokit;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The I/O around the pure state machine: at most one exchange per session key at a time in this process (single
 * flight), coordinated with other processes through the store's {@link RefreshLock} when it has one.
 */
final class TokenManager {

  private static final System.Logger LOG = System.getLogger("io.podiokit.auth");
  private static final int MAX_WRITE_ATTEMPTS = 5;

  private final TokenEndpoint endpoint;
  private final SessionStore store;
  private final @Nullable RefreshLock lock;
  private final Clock clock;
  private final RefreshPolicy policy;
  private final List<AuthListener> listeners;
  private final Executor executor;
  private final ScheduledExecutorService leaseKeeper;
  private final Supplier<@Nullable AuthorizationRequest> reauthorization;

  /** The one exchange in flight per key; joined by every caller who needs it. */
  private final ConcurrentHashMap<SessionKey, CompletableFuture<Session>> inflight = new ConcurrentHashMap<>();
  /** App and password grants this process was given, replayed when their session dies. Never stored. */
  private final ConcurrentHashMap<SessionKey, Grant> replayable = new ConcurrentHashMap<>();

  TokenManager(TokenEndpoint endpoint, SessionStore store, Clock clock, RefreshPolicy policy,
               List<AuthListener> listeners, Executor executor, ScheduledExecutorService leaseKeeper,
               Supplier<@Nullable AuthorizationRequest> reauthorization) {
    this.endpoint = endpoint;
    this.store = store;
    this.lock = store.refreshLock().orElse(null);
    this.clock = clock;
    this.policy = policy;
    this.listeners = List.copyOf(listeners);
    this.executor = executor;
    this.leaseKeeper = leaseKeeper;
    this.reauthorization = reauthorization;
  }

  RefreshPolicy policy() {
    return policy;
  }

  Optional<Session> load(SessionKey key) {
    return store.load(key);
  }

  TokenState state(SessionKey key) {
    return policy.stateOf(store.load(key).orElse(null), clock.now());
  }

  /** A usable access token for {@code key}: the stored one, or one refreshed or re-obtained as the rules say. */
  String accessToken(SessionKey key) {
    Session session = store.load(key).orElse(null);
    TokenState state = policy.stateOf(session, clock.now());
    return switch (Action.decide(state, replayable.containsKey(key))) {
      case USE -> stored(session).token().accessToken();
      case USE_AND_REFRESH -> {
        try {
          inFlight(key, () -> refresh(key, stored(session)));
        } catch (PodioException e) {
          LOG.log(Level.WARNING, "Could not start the background refresh of {0}; the stale token is served: {1}",
              key, e.getMessage());
        }
        yield stored(session).token().accessToken();
      }
      case REFRESH_AND_WAIT -> await(key, inFlight(key, () -> refresh(key, stored(session)))).token().accessToken();
      case REPLAY_GRANT -> await(key, inFlight(key, () -> replay(key, session))).token().accessToken();
      case REQUIRE_REAUTHORIZATION -> dead(key, stored(session), null).token().accessToken();
      case REQUIRE_AUTHENTICATION -> throw new NotAuthenticatedException(key);
    };
  }

  /**
   * Podio refused {@code rejectedAccessToken} (HTTP 401): refresh unless a newer token is already stored, and return
   * the token to retry with. A newer token is never clobbered, and the rejected token is never handed back.
   */
  String accessTokenAfterRejection(SessionKey key, String rejectedAccessToken) {
    Session session = store.load(key).orElse(null);
    if (session == null || !session.token().accessToken().equals(rejectedAccessToken)) {
      return accessToken(key);
    }
    Session result = await(key, inFlight(key, () -> refresh(key, session)));
    if (!result.token().accessToken().equals(rejectedAccessToken)) {
      return result.token().accessToken();
    }
    // We joined a refresh that started before the rejection and kept this very token: refresh once more.
    return await(key, inFlight(key, () -> refresh(key, result))).token().accessToken();
  }

  /** Refreshes now, whatever the state (a refresh already running is joined). */
  Session refreshNow(SessionKey key) {
    Session session = store.load(key).orElseThrow(() -> new NotAuthenticatedException(key));
    return await(key, inFlight(key, () -> refresh(key, session)));
  }

  /** Remembers {@code grant} for replay, reuses a stored session that still works, or exchanges the grant. */
  Session authenticate(SessionKey key, Grant grant, GrantKind origin) {
    if (grant.replayable()) {
      replayable.put(key, grant);
    }
    Session existing = store.load(key).orElse(null);
    if (policy.stateOf(existing, clock.now()).authenticated()) {
      return stored(existing);
    }
    return await(key, inFlight(key, () -> obtain(key, grant, origin, false)));
  }

  /** Exchanges a grant that may be used only once (an authorization code): never retried, stored at once. */
  Session exchangeOnce(SessionKey key, Grant grant, GrantKind origin) {
    replayable.remove(key);
    return obtain(key, grant, origin, false);
  }

  /** Stores a token obtained elsewhere (the client-side flow's fragment). */
  Session store(SessionKey key, Token token, GrantKind origin) {
    replayable.remove(key);
    Session saved = store.save(newSession(key, token, origin));
    notify(l -> l.authenticated(key, origin));
    return saved;
  }

  void signOut(SessionKey key) {
    replayable.remove(key);
    store.delete(key);
    notify(l -> l.signedOut(key));
  }

  // --- single flight -------------------------------------------------------------------------------------------

  private CompletableFuture<Session> inFlight(SessionKey key, Supplier<Session> work) {
    CompletableFuture<Session> running = inflight.get(key);
    if (running != null) {
      return running;
    }
    CompletableFuture<Session> mine = new CompletableFuture<>();
    running = inflight.putIfAbsent(key, mine);
    if (running != null) {
      return running;
    }
    try {
      executor.execute(() -> {
        // Leave the map before completing, so that a caller who sees the result never joins a finished flight.
        try {
          Session result = work.get();
          inflight.remove(key, mine);
          mine.complete(result);
        } catch (Throwable t) {
          inflight.remove(key, mine);
          mine.completeExceptionally(t);
        }
      });
    } catch (RejectedExecutionException e) {
      inflight.remove(key, mine);
      throw new PodioException("The refresh executor accepts no more work: PodioAuth is closed, or the executor given "
          + "to PodioAuth.Builder.executor is saturated", e);
    }
    return mine;
  }

  private Session await(SessionKey key, CompletableFuture<Session> future) {
    Duration timeout = policy.refreshTimeout();
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
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

  // --- the work done once per key ------------------------------------------------------------------------------

  /**
   * Refreshes {@code observed}'s token, unless the store already holds a newer usable one (written by another thread
   * or process), which is adopted. With a shared store, only the holder of the refresh lease exchanges; the others
   * poll the store for its result and take over if the lease lapses.
   */
  private Session refresh(SessionKey key, Session observed) {
    long deadline = System.nanoTime() + policy.refreshTimeout().plus(policy.leaseTime()).toNanos();
    while (true) {
      Session current = store.load(key).orElse(null);
      if (current == null) {
        return replayOr(key, null, null);
      }
      if (newerAndUsable(current, observed)) {
        notify(l -> l.adopted(key));
        return current;
      }
      if (lock == null) {
        return exchangeRefresh(key, current);
      }
      Optional<RefreshLock.Lease> lease = lock.tryAcquire(key, policy.leaseTime());
      if (lease.isPresent()) {
        try (RefreshLock.Lease held = lease.get()) {
          Session latest = store.load(key).orElse(null);
          if (latest == null) {
            return replayOr(key, null, null);
          }
          if (newerAndUsable(latest, observed)) {
            notify(l -> l.adopted(key));
            return latest;
          }
          return keepingLease(key, held, () -> exchangeRefresh(key, latest));
        }
      }
      Session adopted = pollForNewer(key, observed);
      if (adopted != null) {
        notify(l -> l.adopted(key));
        return adopted;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new TokenRefreshTimeoutException(key, policy.refreshTimeout().plus(policy.leaseTime()));
      }
    }
  }

  /**
   * Runs {@code work} while renewing {@code lease} every third of the lease time, so that a live holder whose call to
   * Podio is slow keeps the lease (nobody else refreshes with the same refresh token), while a dead one loses it.
   */
  private Session keepingLease(SessionKey key, RefreshLock.Lease lease, Supplier<Session> work) {
    long every = Math.max(1, policy.leaseTime().toMillis() / 3);
    ScheduledFuture<?> keeper = leaseKeeper.scheduleAtFixedRate(() -> {
      try {
        if (!lease.renew(policy.leaseTime())) {
          LOG.log(Level.WARNING, "The refresh lease on {0} lapsed before it could be renewed; another process may "
              + "refresh too, and compare-and-set will keep only one result", key);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not renew the refresh lease on {0}: {1}", key, e.getMessage());
      }
    }, every, every, TimeUnit.MILLISECONDS);
    try {
      return work.get();
    } finally {
      keeper.cancel(false);
    }
  }

  /** Re-reads the store every poll interval, for at most one lease time, until it holds a newer usable token. */
  private @Nullable Session pollForNewer(SessionKey key, Session observed) {
    long until = System.nanoTime() + policy.leaseTime().toNanos();
    while (System.nanoTime() - until < 0) {
      LockSupport.parkNanos(policy.pollInterval().toNanos());
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new PodioException("Interrupted while waiting for another process to refresh " + key);
      }
      Session current = store.load(key).orElse(null);
      if (current == null || newerAndUsable(current, observed)) {
        return current;
      }
    }
    return null;
  }

  private Session exchangeRefresh(SessionKey key, Session current) {
    Token old = current.token();
    String refreshToken = old.refreshToken();
    if (refreshToken == null || !clock.now().isBefore(current.retainUntil())) {
      return replayOr(key, current, null);
    }
    Token fresh;
    try {
      fresh = endpoint.exchange(new Grant.RefreshToken(refreshToken)).keepingRefreshTokenOf(old);
    } catch (InvalidGrantException e) {
      // A sibling may have rotated the refresh token under us: its session is then the live one.
      Session again = store.load(key).orElse(null);
      if (again != null && newerAndUsable(again, current)) {
        notify(l -> l.adopted(key));
        return again;
      }
      notify(l -> l.refreshFailed(key, e));
      return replayOr(key, again != null ? again : current, e);
    } catch (PodioException e) {
      LOG.log(Level.WARNING, "Refreshing the token of {0} failed; the stored session is kept: {1}", key, e.getMessage());
      notify(l -> l.refreshFailed(key, e));
      throw e;
    }
    Session next = newSession(key, fresh, current.origin());
    Session expected = current;
    for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      Optional<Session> written = store.replace(expected.version(), next);
      if (written.isPresent()) {
        LOG.log(Level.DEBUG, "Refreshed the token of {0}", key);
        notify(l -> l.refreshed(key));
        return written.get();
      }
      // Someone wrote between our read and our write. A newer usable session wins; a sign-out stands; anything else
      // (the same tokens saved again, say) gets ours on top of it, still by compare-and-set.
      Session winner = store.load(key).orElseThrow(() -> new NotAuthenticatedException(key));
      if (newerAndUsable(winner, current)) {
        notify(l -> l.adopted(key));
        return winner;
      }
      expected = winner;
    }
    throw new SessionStoreException("The session " + key + " changed under its refresh " + MAX_WRITE_ATTEMPTS
        + " times in a row; the refreshed token was not stored. Check for another writer of this session.", null);
  }

  /** No usable session: replay the remembered app or password grant, or treat {@code current} as dead. */
  private Session replayOr(SessionKey key, @Nullable Session current, @Nullable Throwable cause) {
    Grant grant = replayable.get(key);
    if (grant != null) {
      GrantKind origin = current != null ? current.origin() : originOf(grant);
      return obtain(key, grant, origin, current != null);
    }
    if (current == null) {
      throw new NotAuthenticatedException(key);
    }
    return dead(key, current, cause);
  }

  private Session replay(SessionKey key, @Nullable Session observed) {
    Session current = store.load(key).orElse(null);
    if (current != null && (observed == null || newerAndUsable(current, observed))
        && policy.stateOf(current, clock.now()).authenticated()) {
      notify(l -> l.adopted(key));
      return current;
    }
    return replayOr(key, current, null);
  }

  /**
   * {@code current} can no longer be refreshed and no grant can replace it. It is marked dead by compare-and-set (its
   * refresh token dropped, kept only while its access token lasts), never deleted: a newer session written meanwhile
   * (the user authorized again) is adopted, never removed; a still-valid access token keeps serving until it expires.
   *
   * @throws ReauthorizationRequiredException once the access token is no longer usable
   */
  private Session dead(SessionKey key, Session current, @Nullable Throwable cause) {
    Session latest = current;
    Token t = current.token();
    if (t.refreshable() || current.retainUntil().isAfter(t.expiresAt())) {
      Session marked = new Session(key, new Token(t.accessToken(), null, t.expiresAt(), t.scope(), t.ref(), t.tokenType()),
          current.origin(), 0, clock.now(), t.expiresAt());
      Optional<Session> written = store.replace(current.version(), marked);
      if (written.isPresent()) {
        latest = written.get();
        LOG.log(Level.INFO, "The session {0} can no longer be refreshed: the user must authorize again", key);
      } else {
        Session now = store.load(key).orElse(null);
        if (now != null && newerAndUsable(now, current)) {
          notify(l -> l.adopted(key));
          return now;
        }
        latest = now != null ? now : current;
      }
    }
    switch (policy.stateOf(latest, clock.now())) {
      case FRESH, STALE -> {
        return latest;
      }
      default -> {
        notify(l -> l.signedOut(key));
        throw new ReauthorizationRequiredException(key, reauthorization.get(), cause);
      }
    }
  }

  private Session obtain(SessionKey key, Grant grant, GrantKind origin, boolean reauthentication) {
    Token token = endpoint.exchange(grant);
    Session saved = store.save(newSession(key, token, origin));
    LOG.log(Level.DEBUG, "Obtained a token for {0} with the {1} grant", key, grant.grantType());
    notify(reauthentication ? l -> l.reauthenticated(key) : l -> l.authenticated(key, origin));
    return saved;
  }

  private boolean newerAndUsable(Session current, Session observed) {
    return !current.token().accessToken().equals(observed.token().accessToken())
        && switch (policy.stateOf(current, clock.now())) {
          case FRESH, STALE -> true;
          default -> false;
        };
  }

  private Session newSession(SessionKey key, Token token, GrantKind origin) {
    Instant now = clock.now();
    return new Session(key, token, origin, 0, now, policy.retainUntil(token, now));
  }

  private static GrantKind originOf(Grant grant) {
    return grant instanceof Grant.App ? GrantKind.APP : GrantKind.PASSWORD;
  }

  private void notify(java.util.function.Consumer<AuthListener> event) {
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
