package io.podiokit.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Posts webhook calls the way Podio does: form-encoded, from a background thread, one at a time in the order they
 * were published, retried with doubling backoff (100 ms, 200 ms, 400 ms, 800 ms) on a non-2xx answer or no answer,
 * and given up after {@value #MAX_ATTEMPTS} attempts. Backoff waits are real time, so retries happen even when the
 * emulator's clock is a test clock that stands still. The thread and the HTTP client start with the first delivery.
 */
final class WebhookSender implements AutoCloseable {

  static final int MAX_ATTEMPTS = 5;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());

  private final LongAdder attempts = new LongAdder();
  private final LongAdder delivered = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder abandoned = new LongAdder();
  private final AtomicLong pending = new AtomicLong();
  private final Object lifecycle = new Object();
  private @Nullable ScheduledExecutorService scheduler;
  private @Nullable HttpClient http;
  private boolean closed;

  /**
   * Posts {@code form} to {@code url} in the background, retrying on failure while {@code wanted} says the hook
   * still exists. Does nothing once closed.
   */
  void send(URI url, Map<String, String> form, BooleanSupplier wanted) {
    pending.incrementAndGet();
    if (!schedule(() -> attempt(url, Http.encodeForm(form), wanted, 1), Duration.ZERO)) {
      pending.decrementAndGet();
    }
  }

  private boolean schedule(Runnable task, Duration delay) {
    synchronized (lifecycle) {
      if (closed) {
        return false;
      }
      if (scheduler == null) {
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
          Thread t = new Thread(r, "podio-emulator-webhooks");
          t.setDaemon(true);
          return t;
        });
        s.setRemoveOnCancelPolicy(true);
        scheduler = s;
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
      }
      try {
        scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return true;
      } catch (RejectedExecutionException e) {
        return false;
      }
    }
  }

  private void attempt(URI url, String body, BooleanSupplier wanted, int attempt) {
    if (!wanted.getAsBoolean()) {
      pending.decrementAndGet();
      return;
    }
    attempts.increment();
    int status = post(url, body);
    if (status >= 200 && status < 300) {
      delivered.increment();
      pending.decrementAndGet();
      return;
    }
    if (attempt < MAX_ATTEMPTS) {
      retries.increment();
      Duration backoff = FIRST_BACKOFF.multipliedBy(1L << (attempt - 1));
      if (schedule(() -> attempt(url, body, wanted, attempt + 1), backoff)) {
        return;
      }
    } else {
      abandoned.increment();
      LOG.log(System.Logger.Level.DEBUG, () -> "webhook to " + url + " abandoned after " + attempt + " attempts");
    }
    pending.decrementAndGet();
  }

  /** The answer's status, or -1 when there was none. */
  private int post(URI url, String body) {
    HttpClient client;
    synchronized (lifecycle) {
      client = http;
    }
    if (client == null) {
      return -1;
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "webhook to " + url + " failed: " + e);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  WebhookDeliveries snapshot() {
    return new WebhookDeliveries(attempts.sum(), delivered.sum(), retries.sum(), abandoned.sum(), pending.get());
  }

  void reset() {
    attempts.reset();
    delivered.reset();
    retries.reset();
    abandoned.reset();
  }

  /** Stops delivering; what is scheduled is dropped. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      closed = true;
      if (scheduler != null) {
        scheduler.shutdownNow();
        scheduler = null;
      }
      http = null;
    }
  }
}
