package io.podiokit.it;

import io.podiokit.AuthListener;
import io.podiokit.Authentication;
import io.podiokit.PodioException;
import io.podiokit.RefreshLock;
import io.podiokit.RefreshPolicy;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One process of {@link MultiProcessRefreshIT}: many threads calling the API through one {@link PodioClient} on a
 * shared store, for a given time. Talks to the test over standard streams: prints {@code READY}, waits for
 * {@code GO}, runs, prints {@code RESULT ...}, then answers each {@code STATE} with the session it would use.
 *
 * <p>Arguments: apiUrl storeUri clientId clientSecret appId appToken threads durationMillis leaseMillis
 * refreshMarginMillis victim. A victim process takes the refresh lease like any other, then hangs while holding it
 * (printing {@code LEASE-HELD}) so that the test can kill it in the middle of its refresh.
 */
public final class RefreshWorker {

  private RefreshWorker() {}

  public static void main(String[] args) throws Exception {
    String apiUrl = args[0];
    String storeUri = args[1];
    String clientId = args[2];
    String clientSecret = args[3];
    long appId = Long.parseLong(args[4]);
    String appToken = args[5];
    int threads = Integer.parseInt(args[6]);
    long durationMillis = Long.parseLong(args[7]);
    Duration lease = Duration.ofMillis(Long.parseLong(args[8]));
    Duration refreshMargin = Duration.ofMillis(Long.parseLong(args[9]));
    boolean victim = Boolean.parseBoolean(args[10]);

    Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    AuthListener counting = new AuthListener() {
      @Override public void refreshed(SessionKey key) { count(events, "refreshed"); }
      @Override public void adopted(SessionKey key) { count(events, "adopted"); }
      @Override public void refreshFailed(SessionKey key, PodioException error) { count(events, "refreshFailed"); }
      @Override public void reauthenticated(SessionKey key) { count(events, "reauthenticated"); }
    };
    SessionStore shared = SessionStores.open(storeUri);
    SessionStore store = victim ? new HangingLeaseStore(shared) : shared;
    RefreshPolicy policy = RefreshPolicy.builder().refreshMargin(refreshMargin).expiryMargin(Duration.ofMillis(300))
        .leaseTime(lease).pollInterval(Duration.ofMillis(20)).refreshTimeout(Duration.ofSeconds(30)).build();
    try (PodioClient client = PodioClient.builder().credentials(clientId, clientSecret).apiUrl(apiUrl)
        .sessionStore(store).policy(policy).listener(counting).build()) {
      Authentication app = client.authenticateWithApp(appId, appToken);
      PodioApi api = client.api(app);
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("READY");
      System.out.flush();
      expect(in, "GO");

      AtomicLong calls = new AtomicLong();
      AtomicLong failures = new AtomicLong();
      List<String> failureMessages = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(durationMillis);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread worker = new Thread(() -> {
          while (System.nanoTime() - deadline < 0) {
            try {
              api.apps().app(appId);
              calls.incrementAndGet();
            } catch (RuntimeException e) {
              failures.incrementAndGet();
              synchronized (failureMessages) {
                if (failureMessages.size() < 5) {
                  failureMessages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
              }
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
          }
        }, "caller-" + i);
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      System.out.println("RESULT calls=" + calls.get() + " failures=" + failures.get()
          + " refreshed=" + get(events, "refreshed") + " adopted=" + get(events, "adopted")
          + " refreshFailed=" + get(events, "refreshFailed") + " reauthenticated=" + get(events, "reauthenticated"));
      for (String message : failureMessages) {
        System.out.println("FAILURE " + message);
      }
      System.out.flush();
      String line;
      while ((line = in.readLine()) != null && line.equals("STATE")) {
        Optional<Session> session = app.session();
        System.out.println("STATE version=" + session.map(Session::version).orElse(-1L)
            + " token=" + session.map(s -> fingerprint(s.token().accessToken())).orElse("none"));
        System.out.flush();
      }
    } finally {
      shared.close();
    }
  }

  private static void expect(BufferedReader in, String word) throws java.io.IOException {
    String line = in.readLine();
    if (!word.equals(line)) {
      throw new IllegalStateException("expected " + word + " from the test, got " + line);
    }
  }

  private static void count(Map<String, AtomicLong> events, String name) {
    events.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
  }

  private static long get(Map<String, AtomicLong> events, String name) {
    AtomicLong value = events.get(name);
    return value == null ? 0 : value.get();
  }

  /** A one-way fingerprint, so that processes can be compared without printing a token. */
  static String fingerprint(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void hangUntilKilled() {
    while (!Thread.currentThread().isInterrupted()) {
      LockSupport.park();
    }
  }

  /** The victim's store: the first lease it takes, it announces and holds forever, as if its process had hung. */
  private static final class HangingLeaseStore implements SessionStore {
    private final SessionStore delegate;

    HangingLeaseStore(SessionStore delegate) {
      this.delegate = delegate;
    }

    @Override public Optional<Session> load(SessionKey key) { return delegate.load(key); }
    @Override public Session save(Session session) { return delegate.save(session); }
    @Override public Optional<Session> replace(long expectedVersion, Session next) { return delegate.replace(expectedVersion, next); }
    @Override public void delete(SessionKey key) { delegate.delete(key); }

    @Override
    public Optional<RefreshLock> refreshLock() {
      RefreshLock lock = delegate.refreshLock().orElseThrow();
      return Optional.of((key, ttl) -> {
        Optional<RefreshLock.Lease> lease = lock.tryAcquire(key, ttl);
        if (lease.isPresent()) {
          System.out.println("LEASE-HELD");
          System.out.flush();
          hangUntilKilled();
        }
        return lease;
      });
    }
  }
}
