package io.podiokit.benchmarks;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The data every benchmark works on: one app session with tokens of Podio's sizes, and service addresses. */
final class Samples {

  static final String CLIENT_ID = "bench-client";
  static final String CLIENT_SECRET = "bench-secret";
  static final long APP_ID = 4242L;
  static final String APP_TOKEN = "bench-app-token";

  private Samples() {}

  /** The key of the benchmarked session. */
  static SessionKey key() {
    return SessionKey.app(CLIENT_ID, APP_ID);
  }

  /**
   * A fresh app session (access token valid for 8 hours, kept for 28 days), at millisecond precision so that every
   * store reads back exactly what was written.
   */
  static Session session(String accessToken) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Token token = new Token(accessToken, "7f1c0d9e2b4a48d6a3c5e8f0b1d2c3e4", now.plus(Duration.ofHours(8)), "",
        new TokenRef("app", APP_ID), "bearer");
    return new Session(key(), token, GrantKind.APP, 0, now, now.plus(Duration.ofDays(28)));
  }

  /** {@code name}'s value from the environment, or {@code fallback} when it is unset or blank. */
  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
