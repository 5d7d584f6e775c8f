package io.podiokit.session.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.Clock;
import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.TestClock;
import io.podiokit.Token;
import io.podiokit.testkit.SessionStoreContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaffeineSessionStoreTest extends SessionStoreContract {

  private final TestClock clock = TestClock.atSystemTime();

  @Override
  protected SessionStore createStore() {
    return CaffeineSessionStore.builder().clock(clock).build();
  }

  @Override
  protected Clock clock() {
    return clock;
  }

  @Override
  protected void advanceClock(Duration duration) {
    clock.advance(duration);
  }

  @Override
  protected Duration expiryTolerance() {
    return Duration.ZERO;
  }

  @Test
  void keepsASessionWhoseAccessTokenExpiredUntilItsRetainUntil() {
    SessionKey key = SessionKey.app("client", 1);
    Instant now = clock.now();
    store().save(session(key, now.plus(Duration.ofMinutes(1)), now.plus(Duration.ofDays(30))));

    clock.advance(Duration.ofDays(29));

    assertThat(store().load(key)).isPresent();
    clock.advance(Duration.ofDays(1));
    assertThat(store().load(key)).isEmpty();
  }

  @Test
  void eachWriteMovesTheExpiryToTheNewRetainUntil() {
    SessionKey key = SessionKey.user("client", "u1");
    Instant now = clock.now();
    Session first = store().save(session(key, now.plusSeconds(60), now.plus(Duration.ofHours(1))));
    store().replace(first.version(), session(key, now.plusSeconds(60), now.plus(Duration.ofHours(3))));

    clock.advance(Duration.ofHours(2));
    assertThat(store().load(key)).isPresent();

    store().save(session(key, now.plusSeconds(60), now.plus(Duration.ofHours(2)).plusSeconds(1)));
    clock.advance(Duration.ofSeconds(2));
    assertThat(store().load(key)).isEmpty();
  }

  @Test
  void holdsAtMostMaximumSizeSessions() {
    try (SessionStore small = CaffeineSessionStore.builder().maximumSize(5).clock(clock).build()) {
      for (int i = 0; i < 50; i++) {
        small.save(session(SessionKey.user("client", "user-" + i), clock.now().plusSeconds(60),
            clock.now().plus(Duration.ofDays(1))));
      }

      assertThat(MemoryStores.countLoadable(small, 50)).isBetween(1L, 5L);
    }
  }

  @Test
  void closeDropsEverything() {
    CaffeineSessionStore store = CaffeineSessionStore.builder().clock(clock).build();
    SessionKey key = SessionKey.app("client", 2);
    store.save(session(key, clock.now().plusSeconds(60), clock.now().plus(Duration.ofDays(1))));
    RefreshLock.Lease lease = store.tryAcquire(key, Duration.ofMinutes(1)).orElseThrow();

    store.close();

    assertThat(store.load(key)).isEmpty();
    assertThat(store.tryAcquire(key, Duration.ofMinutes(1))).isPresent();
    lease.close();
  }

  @Test
  void builderRejectsBadSettings() {
    CaffeineSessionStore.Builder builder = CaffeineSessionStore.builder();

    assertThatThrownBy(() -> builder.maximumSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maximumSize must be positive, was 0");
    assertThatThrownBy(() -> builder.clock(null))
        .isInstanceOf(NullPointerException.class).hasMessage("clock == null");
    try (CaffeineSessionStore store = builder.build()) {
      assertThatThrownBy(() -> store.tryAcquire(SessionKey.app("client", 3), Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl must be positive");
    }
  }

  private static Session session(SessionKey key, Instant expiresAt, Instant retainUntil) {
    Token token = new Token("access", "refresh", expiresAt, "global:all", null, "bearer");
    return new Session(key, token, GrantKind.APP, 0, expiresAt.minusSeconds(60), retainUntil);
  }
}
