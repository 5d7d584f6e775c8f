package io.podiokit.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.SessionKey;
import io.podiokit.SessionStoreException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A Redis that accepts TCP and never answers: callers share one connection attempt, and those who join it fail in time. */
class SilentRedisTest {

  @Test
  void callersShareOneConnectionAttemptAndFailWithinTheirTimeout() throws Exception {
    List<Socket> accepted = new CopyOnWriteArrayList<>();
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> {
        while (!silent.isClosed()) {
          try {
            accepted.add(silent.accept());
          } catch (java.io.IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try (RedisSessionStore store = RedisSessionStore.open("redis://127.0.0.1:" + silent.getLocalPort() + "?timeout=1s")) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          SessionKey key = SessionKey.app("client", i);
          calls.add(pool.submit(() -> {
            start.await();
            long began = System.nanoTime();
            try {
              store.load(key);
              throw new AssertionError("a silent Redis answered");
            } catch (SessionStoreException expected) {
              return System.nanoTime() - began;
            }
          }));
        }
        start.countDown();
        List<Duration> took = new ArrayList<>();
        for (Future<Long> call : calls) {
          took.add(Duration.ofNanos(call.get(60, TimeUnit.SECONDS)));
        }
        // One attempt, started by one caller who waits the connect timeout (10 s); the two who joined it fail
        // within their 1 s command timeout (with slack for a loaded machine) instead of 20 and 30 s.
        assertThat(took).filteredOn(d -> d.compareTo(Duration.ofSeconds(4)) < 0).hasSize(2);
        assertThat(took).allSatisfy(d -> assertThat(d).isLessThan(Duration.ofSeconds(16)));
        assertThat(accepted).hasSize(1);
      } finally {
        pool.shutdownNow();
        for (Socket socket : accepted) {
          socket.close();
        }
      }
    }
  }
}
