package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStoreException;
import io.podiokit.Token;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A password-protected redis-server this test starts and stops: while it is down every operation fails with a message
 * that names its address and never its password, and the store works again by itself once it is back.
 */
class RedisOutageIT {

  private static final String PASSWORD = "outage-redis-pa55word";
  private static final String ACCESS = "outage-access-token";
  private static final Duration RECOVERY = Duration.ofSeconds(30);

  private final RedisServerProcess server = RedisServerProcess.onFreePort("--requirepass", PASSWORD);
  private final String address = "127.0.0.1:" + server.port;
  private final String uri = "redis://:" + PASSWORD + "@" + address + "?timeout=1s";
  private final SessionKey key = SessionKey.app("outage-client", 1);

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void failsNamingTheAddressWhileRedisIsDownAndRecoversWhenItIsBack() {
    server.start();
    try (RedisSessionStore store = RedisSessionStore.open(uri)) {
      Session before = store.save(session("before"));
      assertThat(store.load(key)).contains(before);

      server.stop();
      assertEveryOperationFails(store);

      server.start();
      Session after = awaitSuccess(() -> store.save(session("after")));
      assertThat(store.load(key)).contains(after);
      store.tryAcquire(key, Duration.ofSeconds(10)).orElseThrow().close();
      assertThat(store.toString()).contains(address).doesNotContain(PASSWORD);
    }
  }

  @Test
  void storeOpenedWhileRedisIsDownWorksOnceRedisStarts() {
    try (RedisSessionStore store = RedisSessionStore.open(uri)) {
      assertEveryOperationFails(store);

      server.start();

      Session saved = awaitSuccess(() -> store.save(session("late-start")));
      assertThat(store.load(key)).contains(saved);
    }
  }

  @Test
  void wrongPasswordIsReportedWithoutEitherPassword() {
    server.start();
    String wrong = "wrong-pa55word-typed";
    try (RedisSessionStore store = RedisSessionStore.open("redis://:" + wrong + "@" + address)) {
      assertThatThrownBy(() -> store.load(key))
          .isInstanceOf(SessionStoreException.class)
          .hasMessageContaining(address)
          .satisfies(e -> assertThat(fullText(e)).doesNotContain(wrong).doesNotContain(PASSWORD));
      assertThat(store.toString()).doesNotContain(wrong);
    }
  }

  private void assertEveryOperationFails(RedisSessionStore store) {
    List<ThrowingCallable> operations = List.of(
        () -> store.load(key),
        () -> store.save(session("while-down")),
        () -> store.replace(1, session("while-down")),
        () -> store.delete(key),
        () -> store.tryAcquire(key, Duration.ofSeconds(10)));
    for (ThrowingCallable operation : operations) {
      assertThatThrownBy(operation)
          .isInstanceOf(SessionStoreException.class)
          .hasMessageContaining("Redis at " + address)
          .hasMessageContaining("Check that Redis is running")
          .satisfies(e -> assertThat(fullText(e)).doesNotContain(PASSWORD).doesNotContain(ACCESS));
    }
  }

  /** Retries {@code operation} every 50 ms until it succeeds, failing after {@link #RECOVERY}. */
  private static <T> T awaitSuccess(Supplier<T> operation) {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (true) {
      try {
        return operation.get();
      } catch (SessionStoreException e) {
        if (System.nanoTime() - deadline > 0) {
          throw new AssertionError("the store did not recover within " + RECOVERY, e);
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
  }

  /** The exception's message, causes and stack trace, as a log would print them. */
  private static String fullText(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out + Optional.ofNullable(e.getCause()).map(Throwable::toString).orElse("");
  }

  private Session session(String accessSuffix) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Session(key, new Token(ACCESS + "-" + accessSuffix, "refresh", now.plus(Duration.ofHours(8)),
        "app:all", null, "bearer"), GrantKind.APP, 0, now, now.plus(Duration.ofDays(1)));
  }
}
