package io.podiokit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When tokens are refreshed and how long callers and processes wait for each other. Immutable; build with
 * {@link #builder()}, or use {@link #defaults()}.
 *
 * <table>
 * <caption>Settings</caption>
 * <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 * <tr><td>refreshMargin</td><td>5 min</td><td>a token this close to expiry is STALE: served, and refreshed in the background</td></tr>
 * <tr><td>expiryMargin</td><td>30 s</td><td>a token this close to expiry is EXPIRED: callers wait for its refresh</td></tr>
 * <tr><td>refreshTimeout</td><td>30 s</td><td>the longest a caller waits for a refresh before {@link TokenRefreshTimeoutException}</td></tr>
 * <tr><td>refreshTokenLifetime</td><td>28 days</td><td>how long Podio keeps an unused refresh token; sets {@link Session#retainUntil()}</td></tr>
 * <tr><td>leaseTime</td><td>10 s</td><td>how long a process holds a shared store's {@link RefreshLock} while refreshing</td></tr>
 * <tr><td>pollInterval</td><td>50 ms</td><td>how often a process waiting on another's refresh re-reads the store</td></tr>
 * <tr><td>revalidateInterval</td><td>5 s</td><td>the longest a fresh token is served from memory before the store is
 * read again, so a sign-out or a new authorization made by another process is seen within it</td></tr>
 * </table>
 *
 * <p>Margins scale with the token's lifetime (from the session's {@link Session#updatedAt()} to its expiry): a token
 * turns stale after at most half its lifetime and expired at most a tenth of its lifetime before its expiry, so a
 * token that lives for two seconds is still served for most of them.
 *
 * <p>Why 5 s for {@code revalidateInterval}: it bounds how long another process's sign-out or re-authorization goes
 * unseen to about the time a user takes to notice, while costing one store read per session every 5 s whatever the
 * call rate (a session used 1,000 times a second reads the store for 0.02 % of its calls). Podio itself keeps
 * honouring a signed-out token until it expires, so a shorter interval buys little.
 */
public final class RefreshPolicy {

  private static final Duration MAX = Duration.ofDays(366);
  private static final RefreshPolicy DEFAULTS = builder().build();

  private final Duration refreshMargin;
  private final Duration expiryMargin;
  private final Duration refreshTimeout;
  private final Duration refreshTokenLifetime;
  private final Duration leaseTime;
  private final Duration pollInterval;
  private final Duration revalidateInterval;

  private RefreshPolicy(Builder b) {
    this.refreshMargin = b.refreshMargin;
    this.expiryMargin = b.expiryMargin;
    this.refreshTimeout = b.refreshTimeout;
    this.refreshTokenLifetime = b.refreshTokenLifetime;
    this.leaseTime = b.leaseTime;
    this.pollInterval = b.pollInterval;
    this.revalidateInterval = b.revalidateInterval;
  }

  /** {@return the default policy (see the table above)} */
  public static RefreshPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this policy's settings} */
  public Builder toBuilder() {
    return new Builder().refreshMargin(refreshMargin).expiryMargin(expiryMargin).refreshTimeout(refreshTimeout)
        .refreshTokenLifetime(refreshTokenLifetime).leaseTime(leaseTime).pollInterval(pollInterval)
        .revalidateInterval(revalidateInterval);
  }

  /**
   * {@return the state of {@code session} at {@code now}: the auth state machine's one rule, a pure function}
   *
   * @param session the session
   * @param now the current time
   */
  public TokenState stateOf(@Nullable Session session, Instant now) {
    if (session == null) {
      return TokenState.ABSENT;
    }
    if (now.isBefore(staleAt(session))) {
      return TokenState.FRESH;
    }
    if (now.isBefore(expiredAt(session))) {
      return TokenState.STALE;
    }
    boolean refreshable = session.token().refreshable() && now.isBefore(session.retainUntil());
    return refreshable ? TokenState.EXPIRED : TokenState.DEAD;
  }

  /** When {@code session}'s token turns STALE: the refresh margin, at most half its lifetime, before its expiry. */
  Instant staleAt(Session session) {
    return session.token().expiresAt().minus(scaled(refreshMargin, session, 2));
  }

  /** When {@code session}'s token turns EXPIRED: the expiry margin, at most a tenth of its lifetime, before expiry. */
  Instant expiredAt(Session session) {
    return session.token().expiresAt().minus(scaled(expiryMargin, session, 10));
  }

  private static Duration scaled(Duration margin, Session session, int divisor) {
    Duration lifetime = Duration.between(session.updatedAt(), session.token().expiresAt());
    if (lifetime.isNegative() || lifetime.isZero()) {
      return margin;
    }
    Duration share = lifetime.dividedBy(divisor);
    return share.compareTo(margin) < 0 ? share : margin;
  }

  /**
   * Until when a session holding {@code token}, written at {@code now}, is worth keeping.
   *
   * @param token the token
   * @param now the current time
   * @return the session's retention deadline
   */
  public Instant retainUntil(Token token, Instant now) {
    Instant refreshLapses = now.plus(refreshTokenLifetime);
    return token.refreshable() && refreshLapses.isAfter(token.expiresAt()) ? refreshLapses : token.expiresAt();
  }

  /** {@return how close to expiry a token is STALE: served, and refreshed in the background} */
  public Duration refreshMargin() { return refreshMargin; }
  /** {@return how close to expiry a token is EXPIRED: callers wait for its refresh} */
  public Duration expiryMargin() { return expiryMargin; }
  /** {@return the longest a caller waits for a refresh} */
  public Duration refreshTimeout() { return refreshTimeout; }
  /** {@return how long Podio keeps an unused refresh token} */
  public Duration refreshTokenLifetime() { return refreshTokenLifetime; }
  /** {@return how long a process holds a shared store's refresh lock while refreshing} */
  public Duration leaseTime() { return leaseTime; }
  /** {@return how often a process waiting on another's refresh re-reads the store} */
  public Duration pollInterval() { return pollInterval; }
  /** {@return the longest a fresh token is served from memory before the store is read again} */
  public Duration revalidateInterval() { return revalidateInterval; }

  @Override
  public String toString() {
    return "RefreshPolicy[refreshMargin=" + refreshMargin + ", expiryMargin=" + expiryMargin + ", refreshTimeout="
        + refreshTimeout + ", refreshTokenLifetime=" + refreshTokenLifetime + ", leaseTime=" + leaseTime
        + ", pollInterval=" + pollInterval + ", revalidateInterval=" + revalidateInterval + "]";
  }

  /** Builds a {@link RefreshPolicy}; every setting starts at its default. */
  public static final class Builder {
    private Duration refreshMargin = Duration.ofMinutes(5);
    private Duration expiryMargin = Duration.ofSeconds(30);
    private Duration refreshTimeout = Duration.ofSeconds(30);
    private Duration refreshTokenLifetime = Duration.ofDays(28);
    private Duration leaseTime = Duration.ofSeconds(10);
    private Duration pollInterval = Duration.ofMillis(50);
    private Duration revalidateInterval = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * Sets {@link #refreshMargin()}.
     *
     * @param d the margin, not negative
     * @return this builder
     */
    public Builder refreshMargin(Duration d) { refreshMargin = notNegative(d, "refreshMargin"); return this; }
    /**
     * Sets {@link #expiryMargin()}.
     *
     * @param d the margin, not negative
     * @return this builder
     */
    public Builder expiryMargin(Duration d) { expiryMargin = notNegative(d, "expiryMargin"); return this; }
    /**
     * Sets {@link #refreshTimeout()}.
     *
     * @param d the timeout, positive
     * @return this builder
     */
    public Builder refreshTimeout(Duration d) { refreshTimeout = positive(d, "refreshTimeout"); return this; }
    /**
     * Sets {@link #refreshTokenLifetime()}.
     *
     * @param d the lifetime, positive
     * @return this builder
     */
    public Builder refreshTokenLifetime(Duration d) { refreshTokenLifetime = positive(d, "refreshTokenLifetime"); return this; }
    /**
     * Sets {@link #leaseTime()}.
     *
     * @param d the lease time, positive
     * @return this builder
     */
    public Builder leaseTime(Duration d) { leaseTime = positive(d, "leaseTime"); return this; }
    /**
     * Sets {@link #pollInterval()}.
     *
     * @param d the interval, positive
     * @return this builder
     */
    public Builder pollInterval(Duration d) { pollInterval = positive(d, "pollInterval"); return this; }
    /**
     * Sets {@link #revalidateInterval()}.
     *
     * @param d the interval, not negative
     * @return this builder
     */
    public Builder revalidateInterval(Duration d) { revalidateInterval = notNegative(d, "revalidateInterval"); return this; }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalStateException if the expiry margin exceeds the refresh margin, or the poll interval the lease time
     */
    public RefreshPolicy build() {
      if (expiryMargin.compareTo(refreshMargin) > 0) {
        throw new IllegalStateException("expiryMargin (" + expiryMargin + ") must not exceed refreshMargin ("
            + refreshMargin + "): a token must turn stale before it turns expired");
      }
      if (pollInterval.compareTo(leaseTime) > 0) {
        throw new IllegalStateException("pollInterval (" + pollInterval + ") must not exceed leaseTime (" + leaseTime + ")");
      }
      return new RefreshPolicy(this);
    }

    private static Duration notNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      if (d.compareTo(MAX) > 0) {
        throw new IllegalArgumentException(name + " must not exceed " + MAX.toDays() + " days, was " + d);
      }
      return d;
    }

    private static Duration positive(Duration d, String name) {
      if (notNegative(d, name).isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      if (d.compareTo(MAX) > 0) {
        throw new IllegalArgumentException(name + " must not exceed " + MAX.toDays() + " days, was " + d);
      }
      return d;
    }
  }
}
