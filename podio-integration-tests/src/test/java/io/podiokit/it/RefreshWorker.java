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
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.UnaryOperator;

/**
 * One process of {@link MultiProcessRefreshIT}: many threads calling the API through one {@link PodioClient} on a
 * shared store, for a given time. Talks to the test over standard streams: prints {@code READY}, waits for
 * {@code GO}, runs, prints up to five {@code FAILURE ...} lines and {@code RESULT ...}. From {@code GO} on, it answers
 * each {@code STATE} with the session it would use, and each {@code WINDOW fromEpochMillis toEpochMillis} with the
 * calls that ended in that time (to 100 ms).
 *
 * <p>Arguments: apiUrl storeUri clientId clientSecret appId appToken threads durationMillis leaseMillis
 * refreshMarginMillis mode session. The session is {@code app} (authenticated with the app token, which is replayed
 * if the session dies) or {@code password:<username>} (a session the test stored, used without any grant: like a
 * user's, only its refresh token can keep it). Modes:
 * <ul>
 *   <li>{@code normal};
 *   <li>{@code victim}: takes the refresh lease like any other process, then hangs while holding it (printing
 *       {@code LEASE-HELD}) so that the test can kill it in the middle of its refresh;
 *   <li>{@code lapse}: its lease renewals are lost (as when a failover drops the lock key), so a holder whose answer
 *       from Podio takes longer than the lease time loses the lease to another process.
 * </ul>
 */
public final class RefreshWorker {

  private static final long BUCKET_MILLIS = 100;

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
    String mode = args[10];
    String sessionSpec = args[11];

    Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    AuthListener counting = new AuthListener() {
      @Override public void refreshed(SessionKey key) { count(events, "refreshed"); }
      @Override public void adopted(SessionKey key) { count(events, "adopted"); }
      @Override public void refreshFailed(SessionKey key, PodioException error) { count(events, "refreshFailed"); }
      @Override public void reauthenticated(SessionKey key) { count(events, "reauthenticated"); }
    };
    SessionStore shared = SessionStores.open(storeUri);
    SessionStore store = switch (mode) {
      case "normal" -> shared;
      case "victim" -> new LeaseStore(shared, RefreshWorker::holdUntilKilled);
      case "lapse" -> new LeaseStore(shared, RefreshWorker::losingRenewals);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
    RefreshPolicy policy = RefreshPolicy.builder().refreshMargin(refreshMargin).expiryMargin(Duration.ofMillis(300))
        .leaseTime(lease).pollInterval(Duration.ofMillis(20)).refreshTimeout(Duration.ofSeconds(30)).build();
    try (PodioClient client = PodioClient.builder().credentials(clientId, clientSecret).apiUrl(apiUrl)
        .sessionStore(store).policy(policy).listener(counting).build()) {
      Authentication auth = sessionSpec.equals("app") ? client.authenticateWithApp(appId, appToken)
          : client.forKey(SessionKey.password(clientId, sessionSpec.substring("password:".length())));
      if (!auth.isAuthenticated()) { // reads the store, so its connection is open before the calls start
        throw new IllegalStateException("the test stored no usable session for " + sessionSpec);
      }
      PodioApi api = client.api(auth);
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("READY");
      System.out.flush();
      expect(in, "GO");

      AtomicLong calls = new AtomicLong();
      AtomicLong failures = new AtomicLong();
      AtomicLong slowestNanos = new AtomicLong();
      List<String> failureMessages = new ArrayList<>();
      long startedAt = System.currentTimeMillis();
      int buckets = (int) (durationMillis / BUCKET_MILLIS) + 600;
      AtomicLongArray okPerBucket = new AtomicLongArray(buckets);
      AtomicLongArray failedPerBucket = new AtomicLongArray(buckets);
      // The test's questions, answered while the calls run and after.
      Thread commands = new Thread(() -> {
        try {
          String line;
          while ((line = in.readLine()) != null) {
            if (line.equals("STATE")) {
              Optional<Session> session = auth.session();
              System.out.println("STATE version=" + session.map(Session::version).orElse(-1L)
                  + " token=" + session.map(s -> fingerprint(s.token().accessToken())).orElse("none"));
            } else if (line.startsWith("WINDOW ")) {
              String[] range = line.split(" ");
              int from = (int) Math.max(0, (Long.parseLong(range[1]) - startedAt) / BUCKET_MILLIS);
              int to = (int) Math.min(buckets - 1, (Long.parseLong(range[2]) - startedAt) / BUCKET_MILLIS);
              long ok = 0;
              long failed = 0;
              for (int b = from; b <= to; b++) {
                ok += okPerBucket.get(b);
                failed += failedPerBucket.get(b);
              }
              System.out.println("WINDOW ok=" + ok + " failed=" + failed);
            } else {
              break;
            }
            System.out.flush();
          }
        } catch (java.io.IOException e) {
          // the test is gone
        }
      }, "commands");
      commands.start();
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(durationMillis);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread worker = new Thread(() -> {
          while (System.nanoTime() - deadline < 0) {
            long start = System.nanoTime();
            boolean ok = false;
            try {
              api.apps().app(appId);
              calls.incrementAndGet();
              ok = true;
            } catch (RuntimeException e) {
              failures.incrementAndGet();
              synchronized (failureMessages) {
                if (failureMessages.size() < 5) {
                  failureMessages.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
              }
            }
            slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
            int bucket = (int) Math.min(buckets - 1, (System.currentTimeMillis() - startedAt) / BUCKET_MILLIS);
            (ok ? okPerBucket : failedPerBucket).incrementAndGet(bucket);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
          }
        }, "caller-" + i);
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      for (String message : failureMessages) {
        System.out.println("FAILURE " + message);
      }
      System.out.println("RESULT calls=" + calls.get() + " failures=" + failures.get()
          + " refreshed=" + get(events, "refreshed") + " adopted=" + get(events, "adopted")
          + " refreshFailed=" + get(events, "refreshFailed") + " reauthenticated=" + get(events, "reauthenticated")
          + " slowestMillis=" + TimeUnit.NANOSECONDS.toMillis(slowestNanos.get()));
      System.out.flush();
      commands.join();
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

  /** The victim's first lease: announced, then held forever, as if its process had hung. */
  private static RefreshLock.Lease holdUntilKilled(RefreshLock.Lease lease) {
    System.out.println("LEASE-HELD");
    System.out.flush();
    while (!Thread.currentThread().isInterrupted()) {
      LockSupport.park();
    }
    return lease;
  }

  /** A lease whose renewals are lost: it lapses one lease time after it was taken, whatever the holder does. */
  private static RefreshLock.Lease losingRenewals(RefreshLock.Lease lease) {
    return new RefreshLock.Lease() {
      @Override public boolean renew(Duration ttl) { return false; }
      @Override public void close() { lease.close(); }
    };
  }

  /** A store whose refresh leases pass through {@code onLease} when taken. */
  private static final class LeaseStore implements SessionStore {
    private final SessionStore delegate;
    private final UnaryOperator<RefreshLock.Lease> onLease;

    LeaseStore(SessionStore delegate, UnaryOperator<RefreshLock.Lease> onLease) {
      this.delegate = delegate;
      this.onLease = onLease;
    }

    @Override public Optional<Session> load(SessionKey key) { return delegate.load(key); }
    @Override public Session save(Session session) { return delegate.save(session); }
    @Override public Optional<Session> replace(long expectedVersion, Session next) { return delegate.replace(expectedVersion, next); }
    @Override public void delete(SessionKey key) { delegate.delete(key); }

    @Override
    public Optional<RefreshLock> refreshLock() {
      RefreshLock lock = delegate.refreshLock().orElseThrow();
      return Optional.of((key, ttl) -> lock.tryAcquire(key, ttl).map(onLease));
    }
  }
}
