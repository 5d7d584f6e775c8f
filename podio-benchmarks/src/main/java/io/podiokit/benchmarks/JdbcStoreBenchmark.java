package io.podiokit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.podiokit.GrantKind;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import io.podiokit.session.jdbc.JdbcSessionStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link JdbcSessionStore#load} against a raw JDBC {@code SELECT} of the same columns by primary key, read into a
 * {@link Session}, both through the same HikariCP pool. {@code database} is {@code h2} (in memory), {@code postgresql}
 * ({@code PODIO_TEST_POSTGRES_URL}, default {@value #DEFAULT_POSTGRES_URL}), {@code mariadb}
 * ({@code PODIO_TEST_MARIADB_URL}, default {@value #DEFAULT_MARIADB_URL}), or any JDBC URL given with
 * {@code -p database=jdbc:...}. The benchmark uses its own table, {@value #TABLE}, created if missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JdbcStoreBenchmark {

  static final String H2_URL = "jdbc:h2:mem:podio_benchmark;DB_CLOSE_DELAY=-1";
  static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final String DEFAULT_MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test?user=root";
  static final String TABLE = "podio_benchmark_session";

  private static final String SELECT = "SELECT version, access_token, refresh_token, expires_at, scope, ref_type, "
      + "ref_id, token_type, origin, updated_at, retain_until FROM " + TABLE
      + " WHERE namespace = ? AND kind = ? AND identifier = ?";

  /** The database: h2, postgresql, mariadb, or a JDBC URL. */
  @Param({"h2", "postgresql", "mariadb"})
  public String database;

  private final SessionKey key = Samples.key();
  // Set by setUp before any benchmark runs.
  private HikariDataSource pool;
  private JdbcSessionStore store;

  /** Opens one pool, hands it to the store, and stores the session. */
  @Setup
  public void setUp() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setPoolName("podio-benchmark");
    config.setJdbcUrl(url(database));
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(3_000);
    pool = new HikariDataSource(config);
    store = JdbcSessionStore.builder().dataSource(pool).tableName(TABLE).createTableIfMissing(true).build();
    store.delete(key);
    Session saved = store.save(Samples.session("3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b"));
    if (!rawSelect().equals(saved) || !store.load(key).orElseThrow().equals(saved)) {
      throw new IllegalStateException("the stored session does not read back as written from " + database);
    }
  }

  /** Deletes the row and closes the pool. */
  @TearDown
  public void tearDown() {
    try {
      store.delete(key);
      store.close();
    } finally {
      pool.close();
    }
  }

  /** Ours: the store's load (primary key and retain_until > now, every column checked). */
  @Benchmark
  public Optional<Session> storeLoad() {
    return store.load(key);
  }

  /** Raw: SELECT of the same columns by primary key on a pooled connection, read into a session. */
  @Benchmark
  public Session rawSelect() throws SQLException {
    try (Connection connection = pool.getConnection();
         PreparedStatement ps = connection.prepareStatement(SELECT)) {
      ps.setString(1, key.namespace());
      ps.setString(2, key.kind());
      ps.setString(3, key.identifier());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no row for " + key.encoded() + " in " + TABLE);
        }
        long version = rs.getLong(1);
        String accessToken = rs.getString(2);
        String refreshToken = rs.getString(3);
        long expiresAt = rs.getLong(4);
        String scope = rs.getString(5);
        String refType = rs.getString(6);
        long refId = rs.getLong(7);
        Token token = new Token(accessToken, refreshToken, Instant.ofEpochMilli(expiresAt), scope,
            refType == null ? null : new TokenRef(refType, refId), rs.getString(8));
        return new Session(key, token, GrantKind.fromWireName(rs.getString(9)), version,
            Instant.ofEpochMilli(rs.getLong(10)), Instant.ofEpochMilli(rs.getLong(11)));
      }
    }
  }

  static String url(String database) {
    return switch (database) {
      case "h2" -> H2_URL;
      case "postgresql" -> Samples.env("PODIO_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL);
      case "mariadb" -> Samples.env("PODIO_TEST_MARIADB_URL", DEFAULT_MARIADB_URL);
      default -> {
        if (!database.startsWith("jdbc:")) {
          throw new IllegalArgumentException("database must be h2, postgresql, mariadb or a jdbc: URL, was "
              + database);
        }
        yield database;
      }
    };
  }
}
