package io.podiokit.session.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.podiokit.GrantKind;
import io.podiokit.RefreshLock;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SessionStore} and {@link RefreshLock} in one table of an H2, PostgreSQL, MySQL or MariaDB database, over
 * any {@link DataSource}, or over a HikariCP pool it builds from a JDBC URL.
 *
 * <pre>{@code
 * JdbcSessionStore store = JdbcSessionStore.builder()
 *     .jdbcUrl("jdbc:postgresql://localhost:5432/app")
 *     .username("app").password(secret)
 *     .build();
 * }</pre>
 *
 * <p>One row per session, keyed by (namespace, kind, identifier), with a {@code version} column for compare-and-set
 * and {@code lease_owner}/{@code lease_until} columns for the refresh lease. The table must exist (create it with
 * the {@code schema-<database>.sql} file next to this class) unless the store is built with
 * {@link Builder#createTableIfMissing(boolean)}. All time comparisons (a session past its
 * {@link Session#retainUntil()}, a lapsed lease) use the database server's clock, so processes on hosts whose
 * clocks differ still agree; instants are stored as epoch milliseconds.
 *
 * <p>The database is first contacted on first use, so a store can be built while the database is down; every
 * failure is a {@link SessionStoreException} that names the database and table (never a password) and leaves the
 * stored data unchanged.
 */
public final class JdbcSessionStore implements SessionStore, RefreshLock {

  /** The table name used unless {@link Builder#tableName(String)} says otherwise. */
  public static final String DEFAULT_TABLE_NAME = "podio_session";
  /** The pool size of a pool built from a JDBC URL unless {@link Builder#maximumPoolSize(int)} says otherwise. */
  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;
  /** How long to wait for a connection, unless {@link Builder#connectionTimeout(Duration)} says otherwise. */
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);

  private static final System.Logger LOG = System.getLogger(JdbcSessionStore.class.getName());
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern TABLE_NAME =
      Pattern.compile("(?:" + IDENTIFIER.pattern() + "\\.)?" + IDENTIFIER.pattern());
  private static final Duration MAX_LEASE = Duration.ofDays(1);
  private static final int MAX_ATTEMPTS = 8;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final DataSource dataSource;
  private final @Nullable HikariDataSource ownedPool;
  private final String table;
  private final boolean createTableIfMissing;
  private final String initialDescription;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable Database database;

  private JdbcSessionStore(DataSource dataSource, @Nullable HikariDataSource ownedPool, String table,
                           boolean createTableIfMissing, String initialDescription) {
    this.dataSource = dataSource;
    this.ownedPool = ownedPool;
    this.table = table;
    this.createTableIfMissing = createTableIfMissing;
    this.initialDescription = initialDescription;
  }

  /** {@return a builder; give it a {@link Builder#dataSource(DataSource)} or a {@link Builder#jdbcUrl(String)}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether {@code tableName} is accepted by {@link Builder#tableName(String)}: an identifier of letters, digits and
   * underscores (not starting with a digit, at most 63 characters), optionally qualified by a schema name alike.
   *
   * @param tableName the name to check
   * @return whether the name is accepted
   */
  public static boolean isValidTableName(String tableName) {
    return TABLE_NAME.matcher(tableName).matches();
  }

  /** {@return the table this store uses} */
  public String tableName() {
    return table;
  }

  @Override
  public Optional<Session> load(SessionKey key) {
    Objects.requireNonNull(key, "key == null");
    return withConnection("load session " + key.encoded(), (connection, db) -> {
      try (PreparedStatement ps = connection.prepareStatement(db.sql.load)) {
        bindKey(ps, 1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(rs, key, db)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public Session save(Session session) {
    Objects.requireNonNull(session, "session == null");
    SessionKey key = session.key();
    long version = withConnection("save session " + key.encoded(), (connection, db) -> {
      for (int attempt = 1; ; attempt++) {
        try {
          return switch (db.dialect) {
            case POSTGRESQL -> upsertReturning(connection, db, session);
            case MYSQL -> inTransaction(connection, () -> upsertThenSelect(connection, db, session));
            case H2 -> inTransaction(connection, () -> updateOrInsert(connection, db, session));
          };
        } catch (SQLException e) {
          if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
            throw e;
          }
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(1, 5 * attempt)));
        }
      }
    });
    return session.withVersion(version);
  }

  @Override
  public Optional<Session> replace(long expectedVersion, Session next) {
    Objects.requireNonNull(next, "next == null");
    SessionKey key = next.key();
    if (expectedVersion < 1) {
      return Optional.empty();
    }
    return withConnection("replace session " + key.encoded(), (connection, db) -> {
      try (PreparedStatement ps = connection.prepareStatement(db.sql.replace)) {
        int i = bindData(ps, 1, next);
        i = bindKey(ps, i, key);
        ps.setLong(i, expectedVersion);
        return ps.executeUpdate() == 1 ? Optional.of(next.withVersion(expectedVersion + 1)) : Optional.empty();
      }
    });
  }

  @Override
  public void delete(SessionKey key) {
    Objects.requireNonNull(key, "key == null");
    withConnection("delete session " + key.encoded(), (connection, db) -> {
      try (PreparedStatement ps = connection.prepareStatement(db.sql.delete)) {
        bindKey(ps, 1, key);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * Deletes the rows of sessions past their {@link Session#retainUntil()} and rows left by leases on keys without a
   * session, unless they hold a live lease. Such rows are never loaded anyway; call this now and then (e.g. daily)
   * to keep the table small.
   *
   * @return how many rows were deleted
   */
  public int deleteExpired() {
    return withConnection("delete expired sessions", (connection, db) -> {
      try (Statement statement = connection.createStatement()) {
        return statement.executeUpdate(db.sql.deleteExpired);
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The lease lives in the session's row ({@code lease_owner}, {@code lease_until}) and never changes the
   * session or its version; for a key without a session, a row holding only the lease is written (and removed when
   * the lease is released). Deleting the session leaves a tombstone (its
   * version, kept until its retainUntil) and any lease.
   *
   * @throws IllegalArgumentException if {@code ttl} is not positive or longer than a day
   */
  @Override
  public Optional<Lease> tryAcquire(SessionKey key, Duration ttl) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_LEASE) > 0) {
      throw new IllegalArgumentException("lease ttl must be positive and at most " + MAX_LEASE + ", was " + ttl);
    }
    long ttlMillis = Math.max(1, ttl.toMillis());
    String owner = UUID.randomUUID().toString();
    boolean taken = withConnection("take the refresh lease on " + key.encoded(), (connection, db) ->
        takeLease(connection, db, key, owner, ttlMillis)
            || insertLease(connection, db, key, owner, ttlMillis)
            || takeLease(connection, db, key, owner, ttlMillis));
    return taken ? Optional.of(new JdbcLease(key, owner)) : Optional.empty();
  }

  /** Closes the connection pool if this store built it; a {@link DataSource} it was given is left open. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownedPool != null) {
      ownedPool.close();
    }
  }

  @Override
  public String toString() {
    return "JdbcSessionStore[" + where() + "]";
  }

  // ---- save --------------------------------------------------------------------------------------------------------

  private static long upsertReturning(Connection connection, Database db, Session session) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.upsertReturning)) {
      bindData(ps, bindKey(ps, 1, session.key()), session);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the upsert returned no version");
        }
        return rs.getLong(1);
      }
    }
  }

  private static long upsertThenSelect(Connection connection, Database db, Session session) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.upsert)) {
      bindData(ps, bindKey(ps, 1, session.key()), session);
      ps.executeUpdate();
    }
    return selectVersion(connection, db, session.key());
  }

  private static long updateOrInsert(Connection connection, Database db, Session session) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.update)) {
      bindKey(ps, bindData(ps, 1, session), session.key());
      if (ps.executeUpdate() == 1) {
        return selectVersion(connection, db, session.key());
      }
    }
    try (PreparedStatement ps = connection.prepareStatement(db.sql.insert)) {
      bindData(ps, bindKey(ps, 1, session.key()), session);
      ps.executeUpdate();
    }
    return selectVersion(connection, db, session.key());
  }

  private static long selectVersion(Connection connection, Database db, SessionKey key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.selectVersion)) {
      bindKey(ps, 1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the row just written is missing");
        }
        return rs.getLong(1);
      }
    }
  }

  /** Deadlocks, serialization failures and lock timeouts, and a key inserted by a racing writer: worth a retry. */
  private static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("40") || state.equals("23505") || state.equals("HYT00"));
  }

  // ---- lease -------------------------------------------------------------------------------------------------------

  private static boolean takeLease(Connection connection, Database db, SessionKey key, String owner, long ttlMillis)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.takeLease)) {
      ps.setString(1, owner);
      ps.setLong(2, ttlMillis);
      bindKey(ps, 3, key);
      return ps.executeUpdate() == 1;
    }
  }

  private static boolean insertLease(Connection connection, Database db, SessionKey key, String owner,
                                     long ttlMillis) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(db.sql.insertLease)) {
      int i = bindKey(ps, 1, key);
      ps.setString(i, owner);
      ps.setLong(i + 1, ttlMillis);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false; // the row was written meanwhile; the caller tries the update again
      }
      throw e;
    }
  }

  /** A lease held in the row of {@code key}, identified by a random owner id. */
  private final class JdbcLease implements Lease {
    private final SessionKey key;
    private final String owner;
    private final AtomicBoolean released = new AtomicBoolean();

    JdbcLease(SessionKey key, String owner) {
      this.key = key;
      this.owner = owner;
    }

    /** Extends the lease if this holder still has it and it has not lapsed, by the database's clock. */
    @Override
    public boolean renew(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (released.get()) {
        return false;
      }
      return withConnection("renew the refresh lease on " + key.encoded(), (connection, db) -> {
        try (PreparedStatement renew = connection.prepareStatement(db.sql.renewLease)) {
          renew.setLong(1, Math.max(1, ttl.toMillis()));
          renew.setString(bindKey(renew, 2, key), owner);
          return renew.executeUpdate() == 1;
        }
      });
    }

    /** Releases the lease if this holder still has it. A failure is logged, not thrown: the lease lapses anyway. */
    @Override
    public void close() {
      if (!released.compareAndSet(false, true)) {
        return;
      }
      try {
        withConnection("release the refresh lease on " + key.encoded(), (connection, db) -> {
          try (PreparedStatement delete = connection.prepareStatement(db.sql.deleteLeaseRow)) {
            delete.setString(bindKey(delete, 1, key), owner);
            if (delete.executeUpdate() == 1) {
              return true;
            }
          }
          try (PreparedStatement release = connection.prepareStatement(db.sql.releaseLease)) {
            release.setString(bindKey(release, 1, key), owner);
            return release.executeUpdate() == 1;
          }
        });
      } catch (SessionStoreException e) {
        LOG.log(Level.WARNING, e.getMessage() + " It lapses by itself at the end of its time-to-live.", e);
      }
    }

    @Override
    public String toString() {
      return "JdbcSessionStore.Lease[" + key.encoded() + "]";
    }
  }

  // ---- rows --------------------------------------------------------------------------------------------------------

  private static int bindKey(PreparedStatement ps, int index, SessionKey key) throws SQLException {
    ps.setString(index, key.namespace());
    ps.setString(index + 1, key.kind());
    ps.setString(index + 2, key.identifier());
    return index + 3;
  }

  /** Binds {@link Statements#DATA_COLUMNS} from {@code index}; returns the next index. */
  private static int bindData(PreparedStatement ps, int index, Session session) throws SQLException {
    Token token = session.token();
    int i = index;
    ps.setString(i++, token.accessToken());
    setNullableString(ps, i++, token.refreshToken());
    ps.setLong(i++, millis(token.expiresAt()));
    ps.setString(i++, token.scope());
    TokenRef ref = token.ref();
    setNullableString(ps, i++, ref == null ? null : ref.type());
    if (ref == null) {
      ps.setNull(i++, Types.BIGINT);
    } else {
      ps.setLong(i++, ref.id());
    }
    ps.setString(i++, token.tokenType());
    ps.setString(i++, session.origin().wireName());
    ps.setLong(i++, millis(session.updatedAt()));
    ps.setLong(i++, millis(session.retainUntil()));
    return i;
  }

  private static void setNullableString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  /** Reads a row selected by {@link Statements#load}. */
  private Session read(ResultSet rs, SessionKey key, Database db) throws SQLException {
    long version = rs.getLong("version");
    String accessToken = rs.getString("access_token");
    String refreshToken = rs.getString("refresh_token");
    long expiresAt = rs.getLong("expires_at");
    boolean expiresAtNull = rs.wasNull();
    String scope = rs.getString("scope");
    String refType = rs.getString("ref_type");
    long refId = rs.getLong("ref_id");
    boolean refIdNull = rs.wasNull();
    String tokenType = rs.getString("token_type");
    String origin = rs.getString("origin");
    long updatedAt = rs.getLong("updated_at");
    boolean updatedAtNull = rs.wasNull();
    long retainUntil = rs.getLong("retain_until");
    List<String> missing = new ArrayList<>();
    if (accessToken == null) {
      missing.add("access_token");
    }
    if (expiresAtNull) {
      missing.add("expires_at");
    }
    if (scope == null) {
      missing.add("scope");
    }
    if (tokenType == null) {
      missing.add("token_type");
    }
    if (origin == null) {
      missing.add("origin");
    }
    if (updatedAtNull) {
      missing.add("updated_at");
    }
    if (refType == null != refIdNull) {
      missing.add(refType == null ? "ref_type" : "ref_id");
    }
    if (!missing.isEmpty() || version < 1) {
      throw unreadable(key, db, missing.isEmpty() ? "version is " + version : "NULL in " + missing);
    }
    try {
      Token token = new Token(accessToken, refreshToken, Instant.ofEpochMilli(expiresAt), scope,
          refType == null ? null : new TokenRef(refType, refId), tokenType);
      return new Session(key, token, GrantKind.fromWireName(origin), version, Instant.ofEpochMilli(updatedAt),
          Instant.ofEpochMilli(retainUntil));
    } catch (IllegalArgumentException e) {
      throw unreadable(key, db, e.getMessage());
    }
  }

  private SessionStoreException unreadable(SessionKey key, Database db, @Nullable String why) {
    return new SessionStoreException("The row of session " + key.encoded() + " in " + where()
        + " cannot be read (" + why + "). It was not written by this store or was altered; delete it (the user "
        + "authenticates again) or restore it from a backup.", null);
  }

  /** Epoch milliseconds of {@code instant}, saturated at the range of a long. */
  private static long millis(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException e) {
      return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  // ---- connections and errors --------------------------------------------------------------------------------------

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection, Database db) throws SQLException;
  }

  @FunctionalInterface
  private interface TransactionWork<T> {
    T run() throws SQLException;
  }

  private <T> T withConnection(String action, Work<T> work) {
    if (closed.get()) {
      throw new SessionStoreException("JDBC session store (" + where() + ") could not " + action
          + ": the store is closed. Open a new one.", null);
    }
    Database db = database();
    try (Connection connection = dataSource.getConnection()) {
      // Each statement commits by itself (a data source may hand out connections without auto-commit);
      // writes of more than one statement run in an explicit transaction.
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      try {
        // At REPEATABLE READ or SERIALIZABLE, a statement that meets a concurrent write fails with a serialization
        // failure (SQLState 40001) and is rolled back: every unit of work here can simply run again.
        for (int attempt = 1; ; attempt++) {
          try {
            return work.run(connection, db);
          } catch (SQLException e) {
            if (attempt >= MAX_ATTEMPTS || e.getSQLState() == null || !e.getSQLState().startsWith("40")) {
              throw e;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(1, 5 * attempt)));
          }
        }
      } finally {
        if (!autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  private static <T> T inTransaction(Connection connection, TransactionWork<T> work) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The database, contacted (and the table created, if asked) on first use. */
  private Database database() {
    Database db = database;
    if (db != null) {
      return db;
    }
    synchronized (this) {
      if (database == null) {
        database = connect();
      }
      return Objects.requireNonNull(database);
    }
  }

  private Database connect() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      String url = meta.getURL();
      String description = url == null ? initialDescription : JdbcUrl.redact(url);
      Dialect dialect = Dialect.forProductName(product == null ? "" : product);
      if (dialect == null) {
        throw new SessionStoreException("The database at " + description + " is " + product
            + ", which the JDBC session store does not support. Supported: " + Dialect.SUPPORTED
            + ". Use one of these, or another SessionStore.", null);
      }
      Database db = new Database(dialect, product, description, new Statements(dialect, table));
      if (createTableIfMissing) {
        createTable(connection, db);
      }
      return db;
    } catch (SQLException e) {
      throw failure("connect to the database", e);
    }
  }

  private void createTable(Connection connection, Database db) throws SQLException {
    List<String> statements = schemaStatements(db.dialect, table);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
        } catch (SQLException e) {
          // Another process creating the same table at the same moment can make IF NOT EXISTS fail once.
          statement.execute(sql);
        }
      }
    }
    LOG.log(Level.DEBUG, () -> "Ensured table " + table + " exists in " + db.description);
  }

  /** The statements of the dialect's schema file, for {@code table}. */
  static List<String> schemaStatements(Dialect dialect, String table) {
    String script;
    try (InputStream in = JdbcSessionStore.class.getResourceAsStream(dialect.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException(dialect.schemaResource() + " is missing from the podio-session-jdbc jar");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + dialect.schemaResource() + " from the podio-session-jdbc jar", e);
    }
    int dot = table.indexOf('.');
    String simple = table.substring(dot + 1);
    String index = simple.substring(0, Math.min(simple.length(), 53)) + "_retain_ix";
    if (dialect == Dialect.H2 && dot >= 0) {
      index = table.substring(0, dot + 1) + index;
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String sql : withoutComments.toString().split(";")) {
      if (!sql.isBlank()) {
        statements.add(sql.strip()
            .replace(DEFAULT_TABLE_NAME + "_retain_ix", index)
            .replaceAll("\\b" + DEFAULT_TABLE_NAME + "\\b", table));
      }
    }
    return statements;
  }

  private SessionStoreException failure(String action, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String advice;
    if (state.startsWith("28")) {
      advice = "Check the database user name and password.";
    } else if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
        || state.startsWith("08")) {
      advice = "Check that the database is running and reachable from here; the store retries on the next call.";
    } else if (state.startsWith("42")) {
      Database db = database;
      String file = db == null ? "schema-<database>.sql" : db.dialect.schemaResource();
      advice = "Check that table " + table + " exists with the columns of io/podiokit/session/jdbc/" + file
          + " (in the podio-session-jdbc jar), or build the store with createTableIfMissing(true) "
          + "(URI option podio.createTable=true).";
    } else {
      advice = "See the cause for the database's own message.";
    }
    return new SessionStoreException("JDBC session store (" + where() + ") could not " + action + ": "
        + e.getClass().getSimpleName() + (state.isEmpty() ? "" : " (SQLState " + state + ")") + ". " + advice, e);
  }

  /** The database and table, for messages; never with a password. */
  private String where() {
    Database db = database;
    return db == null ? initialDescription + ", table " + table
        : db.product + " at " + db.description + ", table " + table;
  }

  /** What the first connection found out. */
  private static final class Database {
    final Dialect dialect;
    final String product;
    final String description;
    final Statements sql;

    Database(Dialect dialect, String product, String description, Statements sql) {
      this.dialect = dialect;
      this.product = product;
      this.description = description;
      this.sql = sql;
    }
  }

  /**
   * Builds a {@link JdbcSessionStore}. Give exactly one of {@link #dataSource(DataSource)} (yours, used as is and
   * never closed by the store) or {@link #jdbcUrl(String)} (the store builds a HikariCP pool, which the pool
   * settings shape, and closes it with itself).
   */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable String jdbcUrl;
    private @Nullable String username;
    private @Nullable String password;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTableIfMissing;
    private @Nullable Integer maximumPoolSize;
    private @Nullable Integer minimumIdle;
    private @Nullable Duration connectionTimeout;

    private Builder() {}

    /**
     * The data source to use as is; the store never closes it.
     *
     * @param dataSource the data source to use as is; the store never closes it
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
      return this;
    }

    /**
     * The JDBC URL of the database, e.g. {@code jdbc:postgresql://localhost:5432/app}; the store builds a HikariCP
     * pool for it. The driver must be on the classpath. A password in the URL ({@code password=...} or
     * {@code //user:password@host}) is handed to the driver as a connection property, never shown in a message.
     *
     * @param jdbcUrl the database's JDBC URL
     * @return this builder
     */
    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl == null");
      return this;
    }

    /**
     * The database user, for a {@link #jdbcUrl(String)}.
     *
     * @param username the Podio user's email address
     * @return this builder
     */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username == null");
      return this;
    }

    /**
     * The database password, for a {@link #jdbcUrl(String)}.
     *
     * @param password the Podio user's password
     * @return this builder
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password == null");
      return this;
    }

    /**
     * The table, default {@value JdbcSessionStore#DEFAULT_TABLE_NAME}: letters, digits and underscores, not starting
     * with a digit, at most 63 characters, optionally {@code schema.table}.
     *
     * @param tableName the table's name, optionally {@code schema.table}
     * @return this builder
     * @throws IllegalArgumentException if the name does not have that form
     */
    public Builder tableName(String tableName) {
      Objects.requireNonNull(tableName, "tableName == null");
      if (!isValidTableName(tableName)) {
        throw new IllegalArgumentException("Invalid table name '" + tableName + "': use letters, digits and "
            + "underscores, not starting with a digit, at most 63 characters, optionally qualified as schema.table");
      }
      this.tableName = tableName;
      return this;
    }

    /**
     * Whether to create the table (and its index) on first use when it does not exist, from the shipped schema file;
     * default {@code false}: the table is yours to create, e.g. with your migration tool.
     *
     * @param createTableIfMissing whether to create the table on first use
     * @return this builder
     */
    public Builder createTableIfMissing(boolean createTableIfMissing) {
      this.createTableIfMissing = createTableIfMissing;
      return this;
    }

    /**
     * The most connections of a pool built for {@link #jdbcUrl(String)}, default 10.
     *
     * @param maximumPoolSize the most connections of a pool built for {@link #jdbcUrl(String)}, default 10
     * @return this builder
     */
    public Builder maximumPoolSize(int maximumPoolSize) {
      if (maximumPoolSize < 1) {
        throw new IllegalArgumentException("maximumPoolSize must be at least 1, was " + maximumPoolSize);
      }
      this.maximumPoolSize = maximumPoolSize;
      return this;
    }

    /**
     * The idle connections a pool built for {@link #jdbcUrl(String)} keeps, default the maximum pool size.
     *
     * @param minimumIdle the idle connections the pool keeps
     * @return this builder
     */
    public Builder minimumIdle(int minimumIdle) {
      if (minimumIdle < 0) {
        throw new IllegalArgumentException("minimumIdle must not be negative, was " + minimumIdle);
      }
      this.minimumIdle = minimumIdle;
      return this;
    }

    /**
     * How long a call waits for a connection of a pool built for {@link #jdbcUrl(String)} before failing with a
     * {@link SessionStoreException}, default 5 seconds, at least 250 ms.
     *
     * @param connectionTimeout how long a call waits for a connection of a pool built for {@link #jdbcUrl(String)}
     *     before failing with a {@link SessionStoreException}, default 5 seconds, at least 250 ms
     * @return this builder
     */
    public Builder connectionTimeout(Duration connectionTimeout) {
      Objects.requireNonNull(connectionTimeout, "connectionTimeout == null");
      if (connectionTimeout.compareTo(Duration.ofMillis(250)) < 0) {
        throw new IllegalArgumentException("connectionTimeout must be at least 250 ms, was " + connectionTimeout);
      }
      this.connectionTimeout = connectionTimeout;
      return this;
    }

    /**
     * The store. No connection is made yet: the database is first contacted on first use.
     *
     * @return the store
     * @throws IllegalArgumentException if neither or both of a data source and a JDBC URL were given, if pool
     *     settings were given with a data source, or if no driver on the classpath accepts the URL
     */
    public JdbcSessionStore build() {
      if (dataSource != null && jdbcUrl != null) {
        throw new IllegalArgumentException("Both dataSource and jdbcUrl were given; give only one");
      }
      if (dataSource != null) {
        if (username != null || password != null || maximumPoolSize != null || minimumIdle != null
            || connectionTimeout != null) {
          throw new IllegalArgumentException("username, password and pool settings apply to a jdbcUrl only; "
              + "configure your own DataSource with them instead");
        }
        return new JdbcSessionStore(dataSource, null, tableName, createTableIfMissing,
            "DataSource " + dataSource.getClass().getName());
      }
      if (jdbcUrl == null) {
        throw new IllegalArgumentException("No database: call dataSource(...) or jdbcUrl(...) before build()");
      }
      JdbcUrl url = JdbcUrl.parse(jdbcUrl);
      if (!url.options().isEmpty()) {
        throw new IllegalArgumentException("The JDBC URL has podiokit options " + url.options().keySet()
            + "; those belong in a SessionStores.open(...) URI. With the builder, call its methods instead");
      }
      String user = username != null ? username : url.user();
      if (password != null && url.password() != null) {
        throw new IllegalArgumentException("A password was given both in the JDBC URL and with password(...); "
            + "give it once");
      }
      String secret = password != null ? password : url.password();
      String description = JdbcUrl.redact(url.driverUrl());

      HikariConfig config = new HikariConfig();
      config.setPoolName("podio-session-jdbc-" + POOLS.incrementAndGet());
      config.setJdbcUrl(url.driverUrl());
      if (user != null) {
        config.setUsername(user);
      }
      if (secret != null) {
        config.setPassword(secret);
      }
      config.setMaximumPoolSize(maximumPoolSize != null ? maximumPoolSize : DEFAULT_MAXIMUM_POOL_SIZE);
      if (minimumIdle != null) {
        config.setMinimumIdle(minimumIdle);
      }
      config.setConnectionTimeout((connectionTimeout != null ? connectionTimeout : DEFAULT_CONNECTION_TIMEOUT)
          .toMillis());
      // Build while the database is down; calls fail (and later recover) instead.
      config.setInitializationFailTimeout(-1);
      if (url.driverUrl().startsWith("jdbc:postgresql:")) {
        // PostgreSQL puts the failing row, tokens included, in error messages unless told not to.
        config.addDataSourceProperty("logServerErrorDetail", "false");
      }
      HikariDataSource pool;
      try {
        pool = new HikariDataSource(config);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Cannot open a connection pool for " + description + ": no JDBC driver "
            + "on the classpath accepts it. Add your database's driver (org.postgresql:postgresql, "
            + "org.mariadb.jdbc:mariadb-java-client, com.mysql:mysql-connector-j or com.h2database:h2) or correct "
            + "the URL.", e);
      }
      return new JdbcSessionStore(pool, pool, tableName, createTableIfMissing, description);
    }
  }
}
