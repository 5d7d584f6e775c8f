package io.podiokit.session.jdbc;

import io.podiokit.testkit.TestServices;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store on PostgreSQL at {@code PODIO_TEST_POSTGRES_URL}; skipped loudly (or failed in CI) without it. */
class PostgresJdbcSessionStoreIT extends JdbcSessionStoreContract {

  private static final String TABLE = JdbcTestSupport.uniqueTable("pg");
  private static @Nullable String url;

  @BeforeAll
  static void database() {
    url = TestServices.requirePostgresUrl();
  }

  @AfterAll
  static void dropTable() {
    if (url != null) {
      JdbcTestSupport.dropTable(url, TABLE);
    }
  }

  @Override
  protected String jdbcUrl() {
    return Objects.requireNonNull(url);
  }

  @Override
  protected String table() {
    return TABLE;
  }
}
