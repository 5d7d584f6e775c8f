package io.podiokit;

import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An in-memory token endpoint: issues numbered tokens that expire after {@link #accessTtl} on the test clock,
 * counts exchanges per grant type, fails on demand and can hold an exchange until released.
 */
final class TestTokenEndpoint implements TokenEndpoint {

  private final Clock clock;
  volatile Duration accessTtl = Duration.ofHours(8);
  volatile boolean rotate;
  private final AtomicInteger serial = new AtomicInteger();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final Queue<Supplier<RuntimeException>> failures = new ConcurrentLinkedQueue<>();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  final CountDownLatch entered = new CountDownLatch(1);
  private final Map<String, Boolean> liveRefreshTokens = new ConcurrentHashMap<>();
  /** Armed by {@link #holdNextAnswer()}: the next exchange is done at "Podio", but its answer waits for the latch. */
  private final java.util.concurrent.atomic.AtomicReference<CountDownLatch> answerGate =
      new java.util.concurrent.atomic.AtomicReference<>();
  final CountDownLatch answered = new CountDownLatch(1);
  volatile String accessPrefix = "access-";

  TestTokenEndpoint(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Token exchange(Grant grant) {
    counts.computeIfAbsent(grant.grantType(), g -> new AtomicInteger()).incrementAndGet();
    entered.countDown();
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new TransportException("test gate never opened", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted", e);
    }
    Supplier<RuntimeException> failure = failures.poll();
    if (failure != null) {
      RuntimeException thrown = failure.get(); // null: the step only did its side effect, the exchange goes on
      if (thrown != null) {
        throw thrown;
      }
    }
    if (grant instanceof Grant.RefreshToken refresh) {
      if (rotate && liveRefreshTokens.remove(refresh.refreshToken()) == null) {
        throw invalidGrant();
      }
    }
    int n = serial.incrementAndGet();
    String refreshToken = grant instanceof Grant.RefreshToken r && !rotate ? r.refreshToken() : "refresh-" + n;
    liveRefreshTokens.put(refreshToken, true);
    TokenRef ref = grant instanceof Grant.App app ? new TokenRef("app", app.appId()) : new TokenRef("user", 42);
    Token token = new Token(accessPrefix + n, refreshToken, clock.now().plus(accessTtl), "global:all", ref, "bearer");
    CountDownLatch held = answerGate.getAndSet(null);
    if (held != null) {
      answered.countDown();
      try {
        held.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return token;
  }

  /** The next exchange happens (a refresh token is rotated), but its answer is held until the returned latch opens. */
  CountDownLatch holdNextAnswer() {
    CountDownLatch latch = new CountDownLatch(1);
    answerGate.set(latch);
    return latch;
  }

  static InvalidGrantException invalidGrant() {
    return new InvalidGrantException("refresh token is dead", PodioError.of("invalid_grant", "dead"));
  }

  int count(String grantType) {
    AtomicInteger count = counts.get(grantType);
    return count == null ? 0 : count.get();
  }

  int total() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Runs {@code failure} in the next exchange and throws what it returns, if anything. */
  void failNext(Supplier<RuntimeException> failure) {
    failures.add(failure);
  }

  /** Holds every exchange until {@link #open()}. */
  void hold() {
    gate = new CountDownLatch(1);
  }

  void open() {
    gate.countDown();
  }
}
