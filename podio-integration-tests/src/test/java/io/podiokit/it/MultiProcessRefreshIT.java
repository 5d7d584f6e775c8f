package io.podiokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.EmulatorCounters;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.testkit.TestServices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One refresh per expiry across many processes sharing a store, with refresh-token rotation on (a refresh token is
 * single-use, so a second refresh with it would answer {@code invalid_grant}). Four JVMs with sixteen calling threads
 * each run against one emulator whose access tokens live two seconds.
 */
class MultiProcessRefreshIT {

  private static final int PROCESSES = 4;
  private static final int THREADS = 16;
  private static final Duration RUN = Duration.ofSeconds(30);
  private static final Duration KILL_RUN = Duration.ofSeconds(20);
  private static final Duration ACCESS_TTL = Duration.ofSeconds(2);
  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(1);
  private static final Duration LEASE = Duration.ofSeconds(3);
  private static final long APP_ID = 5151;
  private static final String APP_TOKEN = "mp-app-token";
  private static final String CLIENT_ID = "mp-client";
  private static final String CLIENT_SECRET = "mp-secret";
  private static final Pattern RESULT = Pattern.compile(
      "RESULT calls=(\\d+) failures=(\\d+) refreshed=(\\d+) adopted=(\\d+) refreshFailed=(\\d+) reauthenticated=(\\d+)");
  private static final Pattern STATE = Pattern.compile("STATE version=(-?\\d+) token=(\\w+)");

  @Test
  void redis() throws Exception {
    run("Redis", Stores.redisWithOwnPrefix(), false);
  }

  @Test
  void redisWithTheLeaseHolderKilled() throws Exception {
    run("Redis", Stores.redisWithOwnPrefix(), true);
  }

  @Test
  void postgresql() throws Exception {
    onDatabase("PostgreSQL", TestServices.POSTGRES_URL_ENV, TestServices.postgresUrl().isPresent(), Stores::postgres, false);
  }

  @Test
  void postgresqlWithTheLeaseHolderKilled() throws Exception {
    onDatabase("PostgreSQL", TestServices.POSTGRES_URL_ENV, TestServices.postgresUrl().isPresent(), Stores::postgres, true);
  }

  @Test
  void mariadb() throws Exception {
    onDatabase("MariaDB", TestServices.MARIADB_URL_ENV, TestServices.mariadbUrl().isPresent(), Stores::mariadb, false);
  }

  @Test
  void mariadbWithTheLeaseHolderKilled() throws Exception {
    onDatabase("MariaDB", TestServices.MARIADB_URL_ENV, TestServices.mariadbUrl().isPresent(), Stores::mariadb, true);
  }

  /** On the named database, or on H2 in server mode (loudly) when none is named and CI does not require one. */
  private static void onDatabase(String name, String env, boolean given, java.util.function.Supplier<Stores.Jdbc> db,
                                 boolean kill) throws Exception {
    if (!given && !TestServices.servicesRequired()) {
      System.err.println("NOTE: " + env + " is not set: the multi-process " + name + " test runs on H2 in server mode instead");
      run("H2 server (standing in for " + name + ")", Stores.h2Server(), kill);
      return;
    }
    Stores.Jdbc target = db.get();
    try {
      run(name, target.uri(), kill);
    } finally {
      target.drop();
    }
  }

  private static void run(String storeName, String storeUri, boolean killLeaseHolder) throws Exception {
    Duration runFor = killLeaseHolder ? KILL_RUN : RUN;
    try (PodioEmulator emulator = PodioEmulator.builder().client(CLIENT_ID, CLIENT_SECRET).app(APP_ID, APP_TOKEN, "Shared app")
        .accessTokenTtl(ACCESS_TTL).rotateRefreshTokens(true).rateLimit(1_000_000_000L).start();
         SessionStore store = SessionStores.open(storeUri)) {
      SessionKey key = SessionKey.app(CLIENT_ID, APP_ID);
      store.delete(key);
      try (PodioClient client = PodioClient.builder().credentials(CLIENT_ID, CLIENT_SECRET).apiUrl(emulator.baseUrl())
          .sessionStore(store).build()) {
        client.authenticateWithApp(APP_ID, APP_TOKEN); // one shared session for every process to start from
      }
      long initialVersion = store.load(key).orElseThrow().version();
      emulator.resetCounters();

      List<Worker> workers = new ArrayList<>();
      try {
        for (int i = 0; i < PROCESSES; i++) {
          boolean victim = killLeaseHolder && i == 0;
          // The victim sees the token stale half a second before the others, so it is the one to take the lease.
          Duration margin = victim ? REFRESH_MARGIN.plusMillis(500) : REFRESH_MARGIN;
          workers.add(Worker.start(i, List.of(emulator.baseUrl().toString(), storeUri, CLIENT_ID, CLIENT_SECRET,
              Long.toString(APP_ID), APP_TOKEN, Integer.toString(THREADS), Long.toString(runFor.toMillis()),
              Long.toString(LEASE.toMillis()), Long.toString(margin.toMillis()), Boolean.toString(victim))));
        }
        for (Worker w : workers) {
          w.expect("READY", Duration.ofSeconds(60));
        }
        for (Worker w : workers) {
          w.send("GO");
        }
        long refreshesAtKill = -1;
        List<Worker> survivors = new ArrayList<>(workers);
        if (killLeaseHolder) {
          Worker victim = workers.get(0);
          victim.expect("LEASE-HELD", Duration.ofSeconds(15));
          victim.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          refreshesAtKill = emulator.counters().refreshes();
          survivors.remove(victim);
        }

        long calls = 0;
        long failures = 0;
        long adopted = 0;
        List<String> failureLines = new ArrayList<>();
        for (Worker w : survivors) {
          Matcher m = RESULT.matcher(w.expect("RESULT", runFor.plusSeconds(60)));
          assertThat(m.matches()).isTrue();
          calls += Long.parseLong(m.group(1));
          failures += Long.parseLong(m.group(2));
          adopted += Long.parseLong(m.group(4));
          failureLines.addAll(w.linesStartingWith("FAILURE"));
        }
        EmulatorCounters counters = emulator.counters();
        Session last = agreedState(store, key, survivors);
        long versions = last.version() - initialVersion;
        long expiries = runFor.toMillis() / ACCESS_TTL.toMillis();
        long maxRefreshes = runFor.toMillis() / ACCESS_TTL.minus(REFRESH_MARGIN).toMillis() + 3;

        System.out.printf("%nMulti-process refresh on %s%s: %d processes x %d threads for %d s, access tokens live %d s"
                + " (refresh margin %d s), refresh-token rotation on%n"
                + "  API calls: %d succeeded, %d failed (client side); emulator: %d API calls, %d tokens rejected (401, retried)%n"
                + "  token lifetimes in the run: %d; refreshes at Podio: %d (at most %d if one per generation); "
                + "session versions written: %d; adoptions of a sibling's token: %d%n"
                + "  invalid_grant answers: %d; app re-authentications: %d%s%n",
            storeName, killLeaseHolder ? ", lease holder killed mid-refresh" : "", PROCESSES, THREADS, runFor.toSeconds(),
            ACCESS_TTL.toSeconds(), REFRESH_MARGIN.toSeconds(), calls, failures, counters.apiCalls(),
            counters.rejectedTokens(), expiries, counters.refreshes(), maxRefreshes, versions, adopted,
            counters.invalidGrants(), counters.exchanges("app"),
            killLeaseHolder ? "; refreshes after the kill: " + (counters.refreshes() - refreshesAtKill) : "");

        assertThat(failureLines).as("failed API calls").isEmpty();
        assertThat(failures).as("failed API calls").isZero();
        assertThat(calls).as("API calls made").isGreaterThan(PROCESSES * THREADS);
        assertThat(counters.invalidGrants()).as("invalid_grant answers (a refresh token used twice)").isZero();
        assertThat(counters.exchanges("app")).as("app re-authentications").isZero();
        assertThat(counters.refreshes()).as("refreshes: one per token generation, not one per process")
            .isLessThanOrEqualTo(maxRefreshes)
            .isGreaterThanOrEqualTo(expiries - 3);
        assertThat(versions).as("every refresh written to the store exactly once").isEqualTo(counters.refreshes());
        if (killLeaseHolder) {
          assertThat(counters.refreshes() - refreshesAtKill).as("refreshes by the others after the holder died")
              .isPositive();
        }
      } finally {
        for (Worker w : workers) {
          w.close();
        }
      }
    }
  }

  /**
   * Asks every process which session it would use now and returns the store's, once all agree with the store.
   * A refresh still finishing when the calls stopped may move the store on; then ask again (bounded).
   */
  private static Session agreedState(SessionStore store, SessionKey key, List<Worker> workers) throws Exception {
    List<String> answers = new ArrayList<>();
    for (int attempt = 0; attempt < 20; attempt++) {
      answers.clear();
      for (Worker w : workers) {
        w.send("STATE");
        answers.add(w.expect("STATE", Duration.ofSeconds(30)));
      }
      Session stored = store.load(key).orElseThrow();
      String expected = "STATE version=" + stored.version() + " token=" + RefreshWorker.fingerprint(stored.token().accessToken());
      if (answers.stream().allMatch(expected::equals)) {
        return stored;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }
    throw new AssertionError("the processes do not end on the stored session: " + answers);
  }

  /** A {@link RefreshWorker} process and its standard streams. */
  private static final class Worker implements AutoCloseable {
    final int index;
    final Process process;
    final Writer stdin;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();

    private Worker(int index, Process process) {
      this.index = index;
      this.process = process;
      this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = out.readLine()) != null) {
            lines.add(line);
          }
        } catch (IOException e) {
          // the process ended
        }
      }, "worker-" + index + "-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    static Worker start(int index, List<String> args) throws IOException {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RefreshWorker.class.getName()));
      command.addAll(args);
      Path log = Path.of("target", "multi-process-worker-" + index + ".log");
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      return new Worker(index, process);
    }

    void send(String line) throws IOException {
      stdin.write(line + "\n");
      stdin.flush();
    }

    /** Waits (bounded) for the next line starting with {@code prefix}; other lines are kept. */
    String expect(String prefix, Duration within) throws InterruptedException {
      long deadline = System.nanoTime() + within.toNanos();
      while (true) {
        String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
          throw new AssertionError("process " + index + " did not print " + prefix + " within " + within
              + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + "; see target/multi-process-worker-"
                  + index + ".log)") + "; it printed " + seen);
        }
        seen.add(line);
        if (line.startsWith(prefix)) {
          return line;
        }
      }
    }

    List<String> linesStartingWith(String prefix) {
      return seen.stream().filter(l -> l.startsWith(prefix)).toList();
    }

    @Override
    public void close() throws Exception {
      try {
        stdin.close();
      } catch (IOException e) {
        // already gone
      }
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
