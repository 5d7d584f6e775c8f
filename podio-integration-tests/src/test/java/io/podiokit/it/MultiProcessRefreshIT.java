package io.podiokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.EmulatorCounters;
import io.podiokit.emulator.Fault;
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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One refresh per expiry across many processes sharing a store, with refresh-token rotation on (a refresh token is
 * single-use, so a second refresh with it would answer {@code invalid_grant}). Four JVMs with sixteen calling threads
 * each run against one emulator whose access tokens live two seconds; variants kill the lease holder in the middle of
 * its refresh, let the lease lapse while the holder's answer is in flight, and kill the store itself for five seconds.
 */
class MultiProcessRefreshIT {

  private static final int PROCESSES = 4;
  private static final int THREADS = 16;
  private static final Duration RUN = Duration.ofSeconds(30);
  private static final Duration SHORT_RUN = Duration.ofSeconds(20);
  private static final Duration ACCESS_TTL = Duration.ofSeconds(2);
  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(1);
  private static final Duration LEASE = Duration.ofSeconds(3);
  /** The holder's answer in the lease-lapse runs: longer than the lease, shorter than the lease the others wait out. */
  private static final Duration LATE_ANSWER = LEASE.plus(LEASE.dividedBy(2));
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  /**
   * Outage runs: a token refreshed just before the outage outlives it and the store client's reconnection after it
   * (Lettuce backs off up to 5 s); a refresh happens before the outage and after it.
   */
  private static final Duration OUTAGE_ACCESS_TTL = Duration.ofSeconds(14);
  private static final Duration OUTAGE_REFRESH_MARGIN = Duration.ofSeconds(5);
  private static final Duration OUTAGE_RUN = Duration.ofSeconds(24);
  private static final long APP_ID = 5151;
  private static final String APP_TOKEN = "mp-app-token";
  private static final String CLIENT_ID = "mp-client";
  private static final String CLIENT_SECRET = "mp-secret";
  private static final String USER = "mp-user@example.com";
  private static final String USER_PASSWORD = "mp-password";
  private static final Pattern RESULT = Pattern.compile("RESULT calls=(\\d+) failures=(\\d+) refreshed=(\\d+) "
      + "adopted=(\\d+) refreshFailed=(\\d+) reauthenticated=(\\d+) slowestMillis=(\\d+)");
  private static final Pattern WINDOW = Pattern.compile("WINDOW ok=(\\d+) failed=(\\d+)");

  /** What goes wrong in a run, besides many processes calling at once. */
  private enum Scenario {
    NONE(""),
    KILL_LEASE_HOLDER(", lease holder killed mid-refresh"),
    LEASE_LAPSES(", the lease lapses while the holder's answer is in flight"),
    STORE_OUTAGE(", the store killed for " + OUTAGE.toSeconds() + " s mid-run");

    final String title;

    Scenario(String title) {
      this.title = title;
    }
  }

  @Test
  void redis() throws Exception {
    run("Redis", Stores.redisWithOwnPrefix(), Scenario.NONE, null);
  }

  @Test
  void redisWithTheLeaseHolderKilled() throws Exception {
    run("Redis", Stores.redisWithOwnPrefix(), Scenario.KILL_LEASE_HOLDER, null);
  }

  @Test
  void redisWithTheLeaseLapsingWhileTheAnswerIsInFlight() throws Exception {
    run("Redis", Stores.redisWithOwnPrefix(), Scenario.LEASE_LAPSES, null);
  }

  @Test
  void redisKilledForFiveSeconds() throws Exception {
    try (OwnServer redis = OwnServer.redis()) {
      redis.start();
      run("its own redis-server (appendfsync always)", redis.storeUri(), Scenario.STORE_OUTAGE, redis);
    }
  }

  @Test
  void postgresql() throws Exception {
    onDatabase("PostgreSQL", TestServices.POSTGRES_URL_ENV, TestServices.postgresUrl().isPresent(), Stores::postgres,
        Scenario.NONE);
  }

  @Test
  void postgresqlWithTheLeaseHolderKilled() throws Exception {
    onDatabase("PostgreSQL", TestServices.POSTGRES_URL_ENV, TestServices.postgresUrl().isPresent(), Stores::postgres,
        Scenario.KILL_LEASE_HOLDER);
  }

  @Test
  void postgresqlWithTheLeaseLapsingWhileTheAnswerIsInFlight() throws Exception {
    onDatabase("PostgreSQL", TestServices.POSTGRES_URL_ENV, TestServices.postgresUrl().isPresent(), Stores::postgres,
        Scenario.LEASE_LAPSES);
  }

  /**
   * On a PostgreSQL cluster of its own (initdb and pg_ctl from {@code /usr/lib/postgresql/<version>/bin}). Where the
   * server's programs are not installed (a CI runner whose PostgreSQL is a service container, a laptop without it),
   * the run is skipped loudly, also when services are required: those name a running server, which this test must
   * not kill. Where the programs are installed, a cluster that cannot start fails the test.
   */
  @Test
  void postgresqlKilledForFiveSeconds() throws Exception {
    Optional<OwnServer> own = OwnServer.postgres();
    if (own.isEmpty()) {
      String message = "the PostgreSQL outage run needs initdb and pg_ctl under /usr/lib/postgresql/<version>/bin to "
          + "start a cluster it may kill; none is installed here, so it does not run";
      System.err.println("SKIPPED: " + message);
      Assumptions.abort(message);
    }
    try (OwnServer postgres = own.get()) {
      postgres.start();
      run("its own PostgreSQL cluster", postgres.storeUri(), Scenario.STORE_OUTAGE, postgres);
    }
  }

  @Test
  void mariadb() throws Exception {
    onDatabase("MariaDB", TestServices.MARIADB_URL_ENV, TestServices.mariadbUrl().isPresent(), Stores::mariadb,
        Scenario.NONE);
  }

  @Test
  void mariadbWithTheLeaseHolderKilled() throws Exception {
    onDatabase("MariaDB", TestServices.MARIADB_URL_ENV, TestServices.mariadbUrl().isPresent(), Stores::mariadb,
        Scenario.KILL_LEASE_HOLDER);
  }

  /** On the named database, or on H2 in server mode (loudly) when none is named and CI does not require one. */
  private static void onDatabase(String name, String env, boolean given, Supplier<Stores.Jdbc> db, Scenario scenario)
      throws Exception {
    if (!given && !TestServices.servicesRequired()) {
      System.err.println("NOTE: " + env + " is not set: the multi-process " + name + " test runs on H2 in server mode instead");
      run("H2 server (standing in for " + name + ")", Stores.h2Server(), scenario, null);
      return;
    }
    Stores.Jdbc target = db.get();
    try {
      run(name, target.uri(), scenario, null);
    } finally {
      target.drop();
    }
  }

  private static void run(String storeName, String storeUri, Scenario scenario, @Nullable OwnServer server)
      throws Exception {
    Duration runFor = switch (scenario) {
      case NONE -> RUN;
      case STORE_OUTAGE -> OUTAGE_RUN;
      default -> SHORT_RUN;
    };
    Duration accessTtl = scenario == Scenario.STORE_OUTAGE ? OUTAGE_ACCESS_TTL : ACCESS_TTL;
    Duration refreshMargin = scenario == Scenario.STORE_OUTAGE ? OUTAGE_REFRESH_MARGIN : REFRESH_MARGIN;
    // The lease-lapse runs use a session only its refresh token keeps (as a user's): no grant to fall back on.
    boolean userSession = scenario == Scenario.LEASE_LAPSES;
    try (PodioEmulator emulator = PodioEmulator.builder().client(CLIENT_ID, CLIENT_SECRET)
        .app(APP_ID, APP_TOKEN, "Shared app").user(USER, USER_PASSWORD, "Multi Process")
        .accessTokenTtl(accessTtl).rotateRefreshTokens(true).rateLimit(1_000_000_000L).start();
         SessionStore store = SessionStores.open(storeUri)) {
      SessionKey key = userSession ? SessionKey.password(CLIENT_ID, USER) : SessionKey.app(CLIENT_ID, APP_ID);
      store.delete(key);
      try (PodioClient client = PodioClient.builder().credentials(CLIENT_ID, CLIENT_SECRET).apiUrl(emulator.baseUrl())
          .sessionStore(store).build()) {
        // one shared session for every process to start from
        if (userSession) {
          client.authenticateWithPassword(USER, USER_PASSWORD);
        } else {
          client.authenticateWithApp(APP_ID, APP_TOKEN);
        }
      }
      long initialVersion = store.load(key).orElseThrow().version();
      emulator.resetCounters();

      String logName = "multi-process-" + (storeName.contains("Redis") || storeName.contains("redis") ? "redis" : "jdbc")
          + "-" + scenario.name().toLowerCase(java.util.Locale.ROOT);
      List<Worker> workers = new ArrayList<>();
      try {
        for (int i = 0; i < PROCESSES; i++) {
          boolean victim = scenario == Scenario.KILL_LEASE_HOLDER && i == 0;
          // The victim sees the token stale half a second before the others, so it is the one to take the lease.
          Duration margin = victim ? refreshMargin.plusMillis(500) : refreshMargin;
          String mode = victim ? "victim" : scenario == Scenario.LEASE_LAPSES ? "lapse" : "normal";
          workers.add(Worker.start(i, logName, List.of(emulator.baseUrl().toString(), storeUri, CLIENT_ID, CLIENT_SECRET,
              Long.toString(APP_ID), APP_TOKEN, Integer.toString(THREADS), Long.toString(runFor.toMillis()),
              Long.toString(LEASE.toMillis()), Long.toString(margin.toMillis()), mode,
              userSession ? "password:" + USER : "app")));
        }
        for (Worker w : workers) {
          w.expect("READY", Duration.ofSeconds(60));
        }
        for (Worker w : workers) {
          w.send("GO");
        }
        long goAt = System.nanoTime();
        long refreshesAtKill = -1;
        List<Worker> survivors = new ArrayList<>(workers);
        Outage outage = null;
        switch (scenario) {
          case KILL_LEASE_HOLDER -> {
            Worker victim = workers.get(0);
            victim.expect("LEASE-HELD", Duration.ofSeconds(15));
            victim.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            refreshesAtKill = emulator.counters().refreshes();
            survivors.remove(victim);
          }
          case LEASE_LAPSES -> {
            // Mid-run, the next refresh is done at once and its answer held back for longer than the lease.
            park(goAt, runFor.dividedBy(3));
            emulator.tokenEndpointFaults().next(Fault.late(LATE_ANSWER));
          }
          case STORE_OUTAGE -> outage = Outage.of(Objects.requireNonNull(server), store, key, workers, goAt, runFor);
          case NONE -> { }
        }

        long calls = 0;
        long failures = 0;
        long adopted = 0;
        long slowestMillis = 0;
        List<String> failureLines = new ArrayList<>();
        for (Worker w : survivors) {
          Matcher m = RESULT.matcher(w.expect("RESULT", runFor.plusSeconds(60)));
          assertThat(m.matches()).isTrue();
          calls += Long.parseLong(m.group(1));
          failures += Long.parseLong(m.group(2));
          adopted += Long.parseLong(m.group(4));
          slowestMillis = Math.max(slowestMillis, Long.parseLong(m.group(7)));
          failureLines.addAll(w.linesStartingWith("FAILURE"));
        }
        EmulatorCounters counters = emulator.counters();
        Session last = agreedState(store, key, survivors);
        long versions = last.version() - initialVersion;
        long expiries = runFor.toMillis() / accessTtl.toMillis();
        long maxRefreshes = runFor.toMillis() / accessTtl.minus(refreshMargin).toMillis() + 3;

        System.out.printf("%nMulti-process refresh on %s%s: %d processes x %d threads for %d s, access tokens live %d s"
                + " (refresh margin %d s), refresh-token rotation on%n"
                + "  API calls: %d succeeded, %d failed (client side), slowest %d ms; emulator: %d API calls, "
                + "%d tokens rejected (401, retried)%n"
                + "  token lifetimes in the run: %d; refreshes at Podio: %d (at most %d if one per generation); "
                + "session versions written: %d; adoptions of a sibling's token: %d%n"
                + "  invalid_grant answers: %d; %s re-authentications: %d%s%n",
            storeName, scenario.title, PROCESSES, THREADS, runFor.toSeconds(), accessTtl.toSeconds(),
            refreshMargin.toSeconds(), calls, failures, slowestMillis, counters.apiCalls(), counters.rejectedTokens(),
            expiries, counters.refreshes(), maxRefreshes, versions, adopted, counters.invalidGrants(),
            userSession ? "password" : "app", counters.exchanges(userSession ? "password" : "app"),
            scenario == Scenario.KILL_LEASE_HOLDER ? "; refreshes after the kill: " + (counters.refreshes() - refreshesAtKill)
                : scenario == Scenario.LEASE_LAPSES ? "; answers held back " + LATE_ANSWER.toMillis() + " ms (lease "
                + LEASE.toMillis() + " ms): " + counters.faultsInjected() : "");
        failureLines.stream().distinct().limit(5).forEach(line -> System.out.println("  " + line));
        long[] duringOutage = outage != null ? outage.callsDuring(survivors) : new long[2];
        if (outage != null) {
          System.out.printf("  store down for %d ms: calls during the outage %d succeeded, %d failed (%.2f %% ok), "
                  + "failed calls outside it %d; version at the kill %d, first version written after it %d, %d ms "
                  + "after the store answered again%n",
              outage.backAt() - outage.killedAt(), duringOutage[0], duringOutage[1],
              100.0 * duringOutage[0] / Math.max(1, duringOutage[0] + duringOutage[1]), failures - duringOutage[1],
              outage.versionAtKill(), outage.versionAfter(), outage.writtenAfterMillis());
        }

        assertThat(calls).as("API calls made").isGreaterThan(PROCESSES * THREADS);
        assertThat(counters.exchanges(userSession ? "password" : "app")).as("re-authentications").isZero();
        assertThat(counters.refreshes()).as("refreshes: one per token generation, not one per process")
            .isLessThanOrEqualTo(maxRefreshes)
            .isGreaterThanOrEqualTo(expiries - 3);
        assertThat(versions).as("every refresh written to the store exactly once").isEqualTo(counters.refreshes());
        if (scenario == Scenario.LEASE_LAPSES) {
          // The one refresh the lapsed lease let through, with the token the holder had already spent: answered
          // invalid_grant, and not taken as the session's death.
          assertThat(counters.faultsInjected()).as("answers held back").isEqualTo(1);
          assertThat(counters.invalidGrants()).as("refreshes with the spent token after the lease lapsed").isEqualTo(1);
          assertThat(slowestMillis).as("the longest call waited for the held-back answer, within the refresh timeout")
              .isLessThan(30_000);
        } else {
          assertThat(counters.invalidGrants()).as("invalid_grant answers (a refresh token used twice)").isZero();
        }
        if (outage != null) {
          assertThat(duringOutage[0] + duringOutage[1]).as("calls made while the store was down").isPositive();
          assertThat(duringOutage[0]).as("calls that succeeded while the store was down, of " + (duringOutage[0]
              + duringOutage[1]) + " (failures: " + failureLines + ")")
              .isGreaterThanOrEqualTo((long) Math.ceil(0.99 * (duringOutage[0] + duringOutage[1])));
          assertThat(failures).as("failed calls in the whole run, of " + (calls + failures))
              .isLessThanOrEqualTo((calls + failures) / 100);
          assertThat(outage.versionAfter()).as("a refresh stored after the outage").isGreaterThan(outage.versionAtKill());
        } else {
          assertThat(failureLines).as("failed API calls").isEmpty();
          assertThat(failures).as("failed API calls").isZero();
        }
        if (scenario == Scenario.KILL_LEASE_HOLDER) {
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

  /** Waits (parks) until {@code after} has passed since {@code since} (a {@link System#nanoTime()}). */
  private static void park(long since, Duration after) {
    long until = since + after.toNanos();
    for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  /**
   * A store outage in the middle of a run: once a refresh has been stored and every process holds its token, the store
   * server is killed, kept down for {@link #OUTAGE}, started again on its data, and the next refresh's write awaited.
   *
   * @param killedAt when the server was killed (epoch ms)
   * @param backAt when it answered again (epoch ms)
   * @param versionAtKill the stored session's version when it was killed
   * @param versionAfter the first version written after it came back
   * @param writtenAfterMillis how long after it came back that version was written
   */
  private record Outage(long killedAt, long backAt, long versionAtKill, long versionAfter, long writtenAfterMillis) {

    static Outage of(OwnServer server, SessionStore store, SessionKey key, List<Worker> workers, long goAt,
                     Duration runFor) throws Exception {
      park(goAt, Duration.ofSeconds(3));
      long before = store.load(key).orElseThrow().version();
      awaitVersion(store, key, before, Duration.ofSeconds(15), "a refresh before the outage");
      long versionAtKill = agreedState(store, key, workers).version(); // every process holds the fresh token

      long killedAt = System.currentTimeMillis();
      server.kill();
      park(System.nanoTime(), OUTAGE);
      server.start();
      long backAt = System.currentTimeMillis();
      long written = awaitVersion(store, key, versionAtKill,
          Duration.ofNanos(goAt + runFor.toNanos() - System.nanoTime()).plusSeconds(10), "a refresh after the outage");
      return new Outage(killedAt, backAt, versionAtKill, written, System.currentTimeMillis() - backAt);
    }

    /** Re-reads the store (bounded) until its version of {@code key} exceeds {@code version}; returns the new one. */
    private static long awaitVersion(SessionStore store, SessionKey key, long version, Duration within, String what) {
      long deadline = System.nanoTime() + within.toNanos();
      while (System.nanoTime() - deadline < 0) {
        try {
          long now = store.load(key).map(Session::version).orElse(-1L);
          if (now > version) {
            return now;
          }
        } catch (RuntimeException e) {
          // the store is still coming back
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
      throw new AssertionError("no version above " + version + " stored within " + within + ": " + what
          + " never reached the store");
    }

    /** The calls that ended while the store was down, across {@code workers}: {ok, failed}. */
    long[] callsDuring(List<Worker> workers) throws Exception {
      long[] total = new long[2];
      for (Worker w : workers) {
        w.send("WINDOW " + killedAt + " " + backAt);
        Matcher m = WINDOW.matcher(w.expect("WINDOW", Duration.ofSeconds(30)));
        assertThat(m.matches()).isTrue();
        total[0] += Long.parseLong(m.group(1));
        total[1] += Long.parseLong(m.group(2));
      }
      return total;
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
    final Path log;
    final Writer stdin;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();

    private Worker(int index, Process process, Path log) {
      this.index = index;
      this.process = process;
      this.log = log;
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

    static Worker start(int index, String logName, List<String> args) throws IOException {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RefreshWorker.class.getName()));
      command.addAll(args);
      Path log = Path.of("target", logName + "-worker-" + index + ".log");
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      return new Worker(index, process, log);
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
              + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + "; see " + log + ")") + "; it printed " + seen);
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
