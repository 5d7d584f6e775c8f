package io.podiokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RefreshPolicyTest {

  private static final Instant EXPIRES = Instant.parse("2026-01-01T08:00:00Z");
  private static final SessionKey KEY = SessionKey.app("client", 1);
  private final RefreshPolicy policy = RefreshPolicy.defaults();

  private static Session session(String refreshToken, Instant retainUntil) {
    Token token = new Token("a", refreshToken, EXPIRES, "", null, "bearer");
    return new Session(KEY, token, GrantKind.APP, 1, EXPIRES.minus(Duration.ofHours(8)), retainUntil);
  }

  @ParameterizedTest(name = "{0} s before expiry, refresh token {1} -> {2}")
  @CsvSource({
      "3600, r, FRESH",
      "301, r, FRESH",
      "300, r, STALE",   // the refresh margin (5 min) starts exactly at expiry - 300 s
      "31, r, STALE",
      "30, r, EXPIRED",  // the expiry margin (30 s) starts exactly at expiry - 30 s
      "0, r, EXPIRED",
      "-3600, r, EXPIRED",
      "3600, '', FRESH",
      "300, '', STALE",
      "30, '', DEAD",    // no refresh token: cannot be refreshed
      "-1, '', DEAD",
  })
  void stateFollowsTheMargins(long secondsBeforeExpiry, String refreshToken, TokenState expected) {
    Session s = session(refreshToken.isEmpty() ? null : refreshToken, EXPIRES.plus(Duration.ofDays(28)));
    assertThat(policy.stateOf(s, EXPIRES.minusSeconds(secondsBeforeExpiry))).isEqualTo(expected);
  }

  @Test
  void noSessionIsAbsent() {
    assertThat(policy.stateOf(null, EXPIRES)).isEqualTo(TokenState.ABSENT);
  }

  @Test
  void aLapsedRefreshTokenMakesAnExpiredSessionDead() {
    Session s = session("r", EXPIRES.plusSeconds(60));
    assertThat(policy.stateOf(s, EXPIRES.plusSeconds(59))).isEqualTo(TokenState.EXPIRED);
    assertThat(policy.stateOf(s, EXPIRES.plusSeconds(60))).isEqualTo(TokenState.DEAD);
  }

  @Test
  void marginsAreConfigurable() {
    RefreshPolicy custom = RefreshPolicy.builder().refreshMargin(Duration.ofMinutes(1)).expiryMargin(Duration.ZERO).build();
    Session s = session("r", EXPIRES.plus(Duration.ofDays(1)));
    assertThat(custom.stateOf(s, EXPIRES.minusSeconds(61))).isEqualTo(TokenState.FRESH);
    assertThat(custom.stateOf(s, EXPIRES.minusSeconds(60))).isEqualTo(TokenState.STALE);
    assertThat(custom.stateOf(s, EXPIRES.minusSeconds(1))).isEqualTo(TokenState.STALE);
    assertThat(custom.stateOf(s, EXPIRES)).isEqualTo(TokenState.EXPIRED);
  }

  @ParameterizedTest
  @EnumSource(TokenState.class)
  void everyStateHasOneActionWithAndWithoutAReplayableGrant(TokenState state) {
    Action withGrant = Action.decide(state, true);
    Action withoutGrant = Action.decide(state, false);
    switch (state) {
      case FRESH -> assertThat(withGrant).isEqualTo(Action.USE).isEqualTo(withoutGrant);
      case STALE -> assertThat(withGrant).isEqualTo(Action.USE_AND_REFRESH).isEqualTo(withoutGrant);
      case EXPIRED -> assertThat(withGrant).isEqualTo(Action.REFRESH_AND_WAIT).isEqualTo(withoutGrant);
      case DEAD -> {
        assertThat(withGrant).isEqualTo(Action.REPLAY_GRANT);
        assertThat(withoutGrant).isEqualTo(Action.REQUIRE_REAUTHORIZATION);
      }
      case ABSENT -> {
        assertThat(withGrant).isEqualTo(Action.REPLAY_GRANT);
        assertThat(withoutGrant).isEqualTo(Action.REQUIRE_AUTHENTICATION);
      }
    }
    assertThat(state.authenticated()).isEqualTo(state == TokenState.FRESH || state == TokenState.STALE
        || state == TokenState.EXPIRED);
  }

  @Test
  void retainUntilFollowsTheRefreshTokenLifetime() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    Token refreshable = new Token("a", "r", now.plus(Duration.ofHours(8)), "", null, "bearer");
    Token notRefreshable = new Token("a", null, now.plus(Duration.ofHours(8)), "", null, "bearer");
    assertThat(policy.retainUntil(refreshable, now)).isEqualTo(now.plus(Duration.ofDays(28)));
    assertThat(policy.retainUntil(notRefreshable, now)).isEqualTo(now.plus(Duration.ofHours(8)));
  }

  @Test
  void builderRejectsInconsistentMargins() {
    assertThatThrownBy(() -> RefreshPolicy.builder().refreshMargin(Duration.ofSeconds(10))
        .expiryMargin(Duration.ofSeconds(20)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("expiryMargin");
    assertThatThrownBy(() -> RefreshPolicy.builder().refreshTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshTimeout must be positive");
    assertThatThrownBy(() -> RefreshPolicy.builder().refreshMargin(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshMargin must not be negative");
  }
}
