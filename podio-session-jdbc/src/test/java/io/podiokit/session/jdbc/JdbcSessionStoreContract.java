package io.podiokit.session.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.zaxxer.hikari.HikariDataSource;
import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import io.podiokit.SessionStores;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import io.podiokit.testkit.SessionStoreContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link SessionStoreContract} plus what is particular to the JDBC store, for one database; each database's test
 * is a thin subclass that names the database and a table of its own.
 */
abstract class JdbcSessionStoreContract extends SessionStoreContract {

  private static final String SECRET = "Pa55-never-shown-9f3b";

  private final String namespace = "jdbc-" + UUID.randomUUID();

  /** The database's JDBC URL, as the test services give it. */
  protected abstract String jdbcUrl();

  /** The table this test class writes to; the subclass drops it when done. */
  protected abstract String table();

  @Override
  protected SessionStore createStore() {
    return open(table(), "podio.createTable=true");
  }

  /** A store opened by URI, as a user would, on {@code table} with small pools. */
  private SessionStore open(String table, String... options) {
    List<String> parameters = new ArrayList<>(List.of("podio.table=" + table, "podio.maximumPoolSize=16",
        "podio.minimumIdle=1"));
    parameters.addAll(List.of(options));
    return SessionStores.open(JdbcTestSupport.withParameters(jdbcUrl(), parameters.toArray(String[]::new)));
  }

  private JdbcSessionStore jdbcStore() {
    return (JdbcSessionStore) store();
  }

  @Test
  void concurrentSavesOfAStoredSessionGetConsecutiveVersions() throws Exception {
    SessionKey key = key("save-storm");
    Session first = store().save(session(key, "initial"));
    int threads = 16;
    int savesEach = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<List<Long>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await(15, TimeUnit.SECONDS);
          List<Long> versions = new ArrayList<>();
          for (int i = 0; i < savesEach; i++) {
            versions.add(store().save(session(key, "thread-" + thread + "-save-" + i)).version());
          }
          return versions;
        }));
      }
      List<Long> versions = new ArrayList<>();
      for (Future<List<Long>> future : futures) {
        versions.addAll(future.get(60, TimeUnit.SECONDS));
      }

      long last = first.version() + threads * savesEach;
      assertThat(versions).containsExactlyInAnyOrderElementsOf(
          LongStream.rangeClosed(first.version() + 1, last).boxed().toList());
      assertThat(store().load(key)).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(last));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void leaseNeverChangesTheSessionOrItsVersion() {
    RefreshLock lock = (RefreshLock) store();
    SessionKey key = key("leased");
    Session saved = store().save(session(key, "before-refresh"));

    RefreshLock.Lease lease = lock.tryAcquire(key, Duration.ofMinutes(1)).orElseThrow();
    assertThat(store().load(key)).contains(saved);
    Session refreshed = store().replace(saved.version(), session(key, "after-refresh")).orElseThrow();
    assertThat(refreshed.version()).isEqualTo(saved.version() + 1);
    assertThat(lock.tryAcquire(key, Duration.ofMinutes(1))).as("lease still held after the write").isEmpty();
    lease.close();

    assertThat(store().load(key)).hasValueSatisfying(s -> {
      assertThat(s.version()).isEqualTo(saved.version() + 1);
      assertThat(s.token().accessToken()).isEqualTo("after-refresh");
    });
  }

  @Test
  void leaseOnAKeyWithoutSessionIsNoSession() {
    RefreshLock lock = (RefreshLock) store();
    SessionKey key = key("leased-before-first-save");

    RefreshLock.Lease lease = lock.tryAcquire(key, Duration.ofMinutes(1)).orElseThrow();
    assertThat(store().load(key)).isEmpty();
    assertThat(store().replace(0, session(key, "no"))).isEmpty();
    Session first = store().save(session(key, "first"));
    assertThat(first.version()).isPositive();
    lease.close();

    assertThat(store().load(key)).contains(first);
    assertThat(lock.tryAcquire(key, Duration.ofMinutes(1))).hasValueSatisfying(RefreshLock.Lease::close);
  }

  @Test
  void releasingTheLeaseOfAKeyWithoutSessionLeavesNoRow() throws SQLException {
    RefreshLock lock = (RefreshLock) store();
    SessionKey key = key("lease-only");

    lock.tryAcquire(key, Duration.ofMinutes(1)).orElseThrow().close();

    assertThat(rowCount(key)).isZero();
  }

  @Test
  void deleteExpiredRemovesLapsedRowsOnly() throws SQLException {
    SessionKey lapsed = key("lapsed");
    SessionKey live = key("live");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    store().save(new Session(lapsed, token("lapsed"), GrantKind.APP, 0, now, now.minusSeconds(60)));
    Session kept = store().save(session(live, "live"));

    assertThat(jdbcStore().deleteExpired()).isGreaterThanOrEqualTo(1);

    assertThat(rowCount(lapsed)).isZero();
    assertThat(store().load(live)).contains(kept);
  }

  @Test
  void unreadableRowIsAClearErrorWithoutItsTokens() throws SQLException {
    SessionKey key = key("tampered");
    store().save(new Session(key, new Token("access-" + SECRET, "refresh-" + SECRET,
        Instant.now().plusSeconds(3600), "", new TokenRef("user", 1), "bearer"), GrantKind.APP, 0, Instant.now(),
        Instant.now().plusSeconds(3600)));
    try (Connection connection = JdbcTestSupport.connect(jdbcUrl());
         PreparedStatement ps = connection.prepareStatement("UPDATE " + table()
             + " SET origin = 'carrier-pigeon' WHERE namespace = ? AND kind = ? AND identifier = ?")) {
      ps.setString(1, key.namespace());
      ps.setString(2, key.kind());
      ps.setString(3, key.identifier());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    Throwable failure = catchThrowable(() -> store().load(key));

    assertThat(failure).isInstanceOf(SessionStoreException.class)
        .hasMessageContaining("cannot be read")
        .hasMessageContaining("carrier-pigeon")
        .hasMessageContaining(table());
    assertNoSecretIn(failure);
  }

  @Test
  void missingTableIsAnErrorThatSaysHowToCreateIt() {
    String missing = JdbcTestSupport.uniqueTable("missing");
    try (SessionStore store = open(missing)) {
      Throwable failure = catchThrowable(() -> store.load(key("anyone")));

      assertThat(failure).isInstanceOf(SessionStoreException.class)
          .hasMessageContaining(missing)
          .hasMessageContaining("schema-")
          .hasMessageContaining("createTableIfMissing(true)");
    }
  }

  @Test
  void createsATableWithTheLongestName() {
    String longest = JdbcTestSupport.uniqueTable("longest");
    longest = longest + "x".repeat(63 - longest.length());
    try (SessionStore store = open(longest, "podio.createTable=true")) {
      SessionKey key = key("long-table");
      Session saved = store.save(session(key, "in-a-long-table"));
      assertThat(store.load(key)).contains(saved);
    } finally {
      JdbcTestSupport.dropTable(jdbcUrl(), longest);
    }
  }

  @Test
  void passwordNeverAppearsInToStringOrMessages() {
    String withPassword = JdbcTestSupport.withParameters(jdbcUrl(), "password=" + SECRET, "podio.table=" + table(),
        "podio.minimumIdle=0", "podio.connectionTimeout=2000");
    try (SessionStore store = SessionStores.open(withPassword)) {
      assertThat(store.toString()).doesNotContain(SECRET);
      // Depending on the database, the password is accepted or refused; either way it is never shown.
      Throwable failure = catchThrowable(() -> store.load(key("password-check")));
      assertNoSecretIn(failure);
      assertThat(store.toString()).doesNotContain(SECRET);
    }

    String unreachable = JdbcTestSupport.withParameters(JdbcTestSupport.unreachable(jdbcUrl()),
        "password=" + SECRET, "podio.connectionTimeout=500", "podio.minimumIdle=0");
    try (SessionStore store = SessionStores.open(unreachable)) {
      Throwable failure = catchThrowable(() -> store.load(key("password-check")));
      assertThat(failure).isInstanceOf(SessionStoreException.class);
      assertNoSecretIn(failure);
      assertThat(store.toString()).doesNotContain(SECRET);
    }
  }

  @Test
  void unreachableDatabaseFailsQuicklyWithAnErrorNamingIt() {
    String url = JdbcTestSupport.unreachable(jdbcUrl());
    String address = url.substring(url.indexOf("127.0.0.1:"), url.indexOf('/', url.indexOf("127.0.0.1:")));
    // Building works while the database is down; calls fail within the connection timeout, not the default 30 s.
    try (SessionStore store = SessionStores.open(JdbcTestSupport.withParameters(url, "podio.connectionTimeout=500",
        "podio.minimumIdle=0"))) {
      SessionKey key = key("unreachable");

      Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> catchThrowable(() -> store.save(session(key, "lost?"))));

      assertThat(failure).isInstanceOf(SessionStoreException.class)
          .hasMessageContaining(address)
          .hasMessageContaining("reachable");
      assertThatThrownBy(() -> store.load(key)).isInstanceOf(SessionStoreException.class);
    }
  }

  @Test
  void closingTheStoreLeavesAGivenDataSourceOpen() throws SQLException {
    try (HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl(jdbcUrl());
      dataSource.setMaximumPoolSize(2);
      JdbcSessionStore store = JdbcSessionStore.builder().dataSource(dataSource).tableName(table()).build();
      SessionKey key = key("given-data-source");
      Session saved = store.save(session(key, "through-my-data-source"));

      store.close();

      assertThat(dataSource.isClosed()).isFalse();
      try (JdbcSessionStore again = JdbcSessionStore.builder().dataSource(dataSource).tableName(table()).build()) {
        assertThat(again.load(key)).contains(saved);
      }
      assertThatThrownBy(() -> store.load(key)).isInstanceOf(SessionStoreException.class)
          .hasMessageContaining("closed");
    }
  }

  @Test
  void writesAreCommittedOnADataSourceWithoutAutoCommit() {
    try (HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl(jdbcUrl());
      dataSource.setMaximumPoolSize(2);
      dataSource.setAutoCommit(false);
      SessionKey key = key("no-auto-commit");
      Session saved;
      try (JdbcSessionStore store = JdbcSessionStore.builder().dataSource(dataSource).tableName(table()).build()) {
        saved = store.save(session(key, "committed"));
        Session replaced = store.replace(saved.version(), session(key, "replaced")).orElseThrow();
        assertThat(store().load(key)).contains(replaced);
        store.tryAcquire(key, Duration.ofMinutes(1)).orElseThrow();
        assertThat(((RefreshLock) store()).tryAcquire(key, Duration.ofMinutes(1))).as("lease seen by others").isEmpty();
      }
    }
  }

  @Test
  void shippedSchemaFileAppliesCleanlyTwice() throws SQLException {
    String schema = JdbcTestSupport.uniqueTable("schema");
    String file = schemaFile();
    boolean mysql = file.equals("schema-mysql.sql");
    JdbcTestSupport.execute(jdbcUrl(), mysql ? "CREATE DATABASE " + schema : "CREATE SCHEMA " + schema);
    try {
      try (Connection connection = JdbcTestSupport.connect(jdbcUrl());
           java.sql.Statement statement = connection.createStatement()) {
        statement.execute(mysql ? "USE " + schema
            : JdbcTestSupport.isH2(jdbcUrl()) ? "SET SCHEMA " + schema : "SET search_path TO " + schema);
        for (int run = 0; run < 2; run++) {
          for (String sql : JdbcTestSupport.schemaFile(file)) {
            statement.execute(sql);
          }
        }
      }
      try (JdbcSessionStore store = JdbcSessionStore.builder().jdbcUrl(jdbcUrl())
          .tableName(schema + "." + JdbcSessionStore.DEFAULT_TABLE_NAME).maximumPoolSize(2).build()) {
        SessionKey key = key("schema-file");
        Session saved = store.save(session(key, "on-the-shipped-schema"));
        assertThat(store.load(key)).contains(saved);
        assertThat(store.tryAcquire(key, Duration.ofSeconds(30))).hasValueSatisfying(RefreshLock.Lease::close);
      }
    } finally {
      JdbcTestSupport.execute(jdbcUrl(), mysql ? "DROP DATABASE " + schema : "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  // ---- support -----------------------------------------------------------------------------------------------------

  private String schemaFile() {
    String url = jdbcUrl().toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:h2:") ? "schema-h2.sql"
        : url.startsWith("jdbc:postgresql:") ? "schema-postgresql.sql" : "schema-mysql.sql";
  }

  private int rowCount(SessionKey key) throws SQLException {
    try (Connection connection = JdbcTestSupport.connect(jdbcUrl());
         PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + table()
             + " WHERE namespace = ? AND kind = ? AND identifier = ?")) {
      ps.setString(1, key.namespace());
      ps.setString(2, key.kind());
      ps.setString(3, key.identifier());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void assertNoSecretIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
      assertThat(t.toString()).doesNotContain(SECRET);
    }
  }

  private SessionKey key(String identifier) {
    return new SessionKey(namespace, SessionKey.USER, identifier);
  }

  private static Token token(String accessToken) {
    return new Token(accessToken, "refresh-" + accessToken, Instant.now().plusSeconds(3600).truncatedTo(
        ChronoUnit.MILLIS), "global:all", new TokenRef("user", 1), "bearer");
  }

  private static Session session(SessionKey key, String accessToken) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new Session(key, token(accessToken), GrantKind.PASSWORD, 0, now, now.plus(Duration.ofDays(1)));
  }
}
