package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyIT {

  private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          go.await();
          return task.call();
        }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sixtyFourThreadsOfRefreshesAndApiCallsAreAllAnsweredAndCounted() throws Exception {
    try (PodioEmulator podio = PodioEmulator.builder().demoData().rateLimit(1_000_000).start()) {
      Wire wire = new Wire(podio);
      String refresh = (String) wire.password("demo-client", "demo-secret", "demo@example.com", "demo-password")
          .get("refresh_token");

      List<Integer> failures = race(64, () -> {
        int bad = 0;
        for (int i = 0; i < 20; i++) {
          HttpResponse<String> r = wire.refresh("demo-client", "demo-secret", refresh);
          String access = (String) Wire.object(r.body()).get("access_token");
          bad += r.statusCode() == 200 ? 0 : 1;
          bad += wire.apiGet("/app/1001", access).statusCode() == 200 ? 0 : 1;
        }
        return bad;
      });

      assertThat(failures).containsOnly(0);
      assertThat(podio.counters().refreshes()).isEqualTo(64 * 20);
      assertThat(podio.counters().apiCalls()).isEqualTo(64 * 20);
      assertThat(podio.counters().apiFailures()).isZero();
    }
  }

  @Test
  void withRotationExactlyOneOfSixteenRacingRefreshesWins() throws Exception {
    try (PodioEmulator podio = PodioEmulator.builder().demoData().rotateRefreshTokens(true).start()) {
      Wire wire = new Wire(podio);
      String refresh = (String) wire.password("demo-client", "demo-secret", "demo@example.com", "demo-password")
          .get("refresh_token");

      List<Integer> statuses = race(16, () -> wire.refresh("demo-client", "demo-secret", refresh).statusCode());

      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
      assertThat(statuses.stream().filter(s -> s == 400)).hasSize(15);
      assertThat(podio.counters().invalidGrants()).isEqualTo(15);
    }
  }

  @Test
  void theRateLimitHoldsUnderConcurrency() throws Exception {
    try (PodioEmulator podio = PodioEmulator.builder().demoData().rateLimit(100).start()) {
      Wire wire = new Wire(podio);
      Map<String, Object> token = wire.app("demo-client", "demo-secret", 1001L, "demo-app-token");
      String access = (String) token.get("access_token");

      List<List<Integer>> statuses = race(32, () -> {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          s.add(wire.apiGet("/app/1001", access).statusCode());
        }
        return s;
      });

      List<Integer> all = statuses.stream().flatMap(List::stream).toList();
      assertThat(all.stream().filter(s -> s == 200)).hasSize(100);
      assertThat(all.stream().filter(s -> s == 420)).hasSize(60);
      assertThat(podio.counters().rateLimited()).isEqualTo(60);
    }
  }
}
