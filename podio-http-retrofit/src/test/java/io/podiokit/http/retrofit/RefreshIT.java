package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.AuthListener;
import io.podiokit.Authentication;
import io.podiokit.PodioApiException;
import io.podiokit.SessionKey;
import io.podiokit.TokenState;
import io.podiokit.api.Upload;
import io.podiokit.api.file.UploadedFile;
import io.podiokit.emulator.PodioEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Tokens refreshed before they expire, after Podio rejects them, once for many threads, and never in a loop. */
class RefreshIT {

  private static final Duration TTL = Duration.ofHours(8);

  private final Fixture fixture = new Fixture(PodioEmulator.builder().accessTokenTtl(TTL));
  private final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final PodioClient client = fixture.client().listener(new AuthListener() {
    @Override
    public void refreshed(SessionKey key) {
      events.add("refreshed");
    }

    @Override
    public void reauthenticated(SessionKey key) {
      events.add("reauthenticated");
    }

    @Override
    public void refreshFailed(SessionKey key, io.podiokit.PodioException error) {
      events.add("refreshFailed");
    }
  }).build();

  @AfterEach
  void close() {
    client.close();
    fixture.close();
  }

  private String accessToken(Authentication auth) {
    return auth.session().orElseThrow().token().accessToken();
  }

  @Test
  void staleTokenIsServedWhileOneRefreshRunsThenTheFreshOneIsUsed() {
    Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);
    PodioApi api = client.api(user);
    String first = accessToken(user);
    fixture.clock.advance(TTL.minus(Duration.ofMinutes(2)));
    assertThat(user.state()).isEqualTo(TokenState.STALE);

    assertThat(api.users().status().user().mail()).isEqualTo(Fixture.MAIL);

    Await.until("the background refresh is stored", () -> !accessToken(user).equals(first));
    assertThat(user.state()).isEqualTo(TokenState.FRESH);
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    api.users().status();
    api.users().status();
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    assertThat(fixture.podio.counters().rejectedTokens()).isZero();
  }

  @Test
  void tokenTheServerExpiredIsRefreshedOnceAndTheCallRetriedOnce() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    String first = accessToken(app);
    fixture.podio.expireAccessTokens();
    fixture.podio.resetCounters();

    assertThat(client.api(app).apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);

    assertThat(fixture.podio.counters().rejectedTokens()).isEqualTo(1);
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    assertThat(fixture.podio.counters().apiCalls()).isEqualTo(2);
    assertThat(accessToken(app)).isNotEqualTo(first);
    assertThat(events).containsExactly("refreshed");
  }

  @Test
  void tokenRejectedAgainAfterTheRefreshFailsAfterExactlyOneRetry() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    PodioClient rejecting = fixture.client().listener(new AuthListener() {
      @Override
      public void refreshed(SessionKey key) {
        fixture.podio.expireAccessTokens(); // the fresh token is rejected too
      }
    }).build();
    try (rejecting) {
      fixture.podio.expireAccessTokens();
      fixture.podio.resetCounters();

      assertThatThrownBy(() -> rejecting.api(rejecting.forApp(Fixture.APP_ID)).apps().app(Fixture.APP_ID))
          .isInstanceOf(PodioApiException.UnauthorizedException.class)
          .hasMessageContaining("GET /app/" + Fixture.APP_ID)
          .hasMessageContaining("401");

      assertThat(fixture.podio.counters().apiCalls()).isEqualTo(2);
      assertThat(fixture.podio.counters().rejectedTokens()).isEqualTo(2);
      assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
      assertThat(app.isAuthenticated()).as("the session is kept").isTrue();
    }
  }

  @Test
  void fiftyThreadsOnAnExpiredTokenCauseOneRefresh() throws Exception {
    Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);
    PodioApi api = client.api(user);
    fixture.clock.advance(TTL.plusMinutes(1));
    assertThat(user.state()).isEqualTo(TokenState.EXPIRED);
    fixture.podio.resetCounters();

    List<String> mails = inParallel(50, () -> api.users().status().user().mail());

    assertThat(mails).hasSize(50).containsOnly(Fixture.MAIL);
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    assertThat(fixture.podio.counters().rejectedTokens()).isZero();
  }

  @Test
  void fiftyThreadsRejectedByTheServerCauseOneRefresh() throws Exception {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    PodioApi api = client.api(app);
    fixture.podio.expireAccessTokens();
    fixture.podio.resetCounters();

    List<Long> ids = inParallel(50, () -> api.apps().app(Fixture.APP_ID).appId());

    assertThat(ids).hasSize(50).containsOnly(Fixture.APP_ID);
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    assertThat(fixture.podio.counters().apiCalls()).isEqualTo(50 + fixture.podio.counters().rejectedTokens());
  }

  @Test
  void refreshAnsweredInvalidGrantReauthenticatesTheAppWithoutAnError() {
    try (Fixture lapsing = new Fixture(PodioEmulator.builder().accessTokenTtl(Duration.ofHours(1))
        .refreshTokenTtl(Duration.ofHours(2)));
         PodioClient appClient = lapsing.client().listener(new AuthListener() {
           @Override
           public void reauthenticated(SessionKey key) {
             events.add("reauthenticated");
           }
         }).build()) {
      Authentication app = appClient.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
      lapsing.clock.advance(Duration.ofHours(3)); // the refresh token lapsed on the server; the client cannot know
      assertThat(app.state()).isEqualTo(TokenState.EXPIRED);
      lapsing.podio.resetCounters();

      assertThat(appClient.api(app).apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);

      assertThat(lapsing.podio.counters().invalidGrants()).isEqualTo(1);
      assertThat(lapsing.podio.counters().exchanges("app")).isEqualTo(1);
      assertThat(events).contains("reauthenticated");
      assertThat(app.state()).isEqualTo(TokenState.FRESH);
    }
  }

  @Test
  void uploadRejectedForItsTokenIsSentAgainWithItsWholeBody() {
    Authentication user = client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD);
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    fixture.podio.expireAccessTokens();
    fixture.podio.resetCounters();

    UploadedFile file = client.api(user).files()
        .upload(Upload.of("report.bin", "application/octet-stream", content));

    assertThat(file.size()).isEqualTo(content.length);
    assertThat(file.name()).isEqualTo("report.bin");
    assertThat(fixture.podio.counters().rejectedTokens()).isEqualTo(1);
    assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) client.api(user).get("/file/" + file.fileId());
    assertThat(((Number) stored.get("size")).longValue()).isEqualTo(content.length);
  }

  /** A user's own service whose body can be written only once. */
  interface OneShotItems {
    @POST("item/app/{app_id}/")
    Map<String, Object> create(@Path("app_id") long appId, @Body RequestBody body);
  }

  @Test
  void oneShotBodyIsNotResentAndTheCallerIsToldWhy() {
    Authentication app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
    String first = accessToken(app);
    fixture.podio.expireAccessTokens();
    RequestBody oneShot = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public void writeTo(BufferedSink sink) throws java.io.IOException {
        sink.writeUtf8("{\"fields\": {\"title\": \"once\"}}");
      }

      @Override
      public boolean isOneShot() {
        return true;
      }
    };

    assertThatThrownBy(() -> client.api(app).create(OneShotItems.class).create(Fixture.APP_ID, oneShot))
        .isInstanceOf(PodioApiException.UnauthorizedException.class)
        .hasMessageContaining("can be sent only once");
    assertThat(accessToken(app)).as("the token was refreshed for the next call").isNotEqualTo(first);
    assertThat(client.api(app).apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);
  }

  private static <T> List<T> inParallel(int threads, java.util.concurrent.Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicInteger ready = new AtomicInteger();
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          ready.incrementAndGet();
          start.await();
          return task.call();
        }));
      }
      Await.until("all threads are ready", () -> ready.get() == threads);
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
