package io.podiokit.session.jdbc;

import io.podiokit.testkit.TestServices;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JDBC store on MariaDB at {@code PODIO_TEST_MARIADB_URL}; skipped loudly (or failed in CI) without it. */
class MariaDbJdbcSessionStoreIT extends JdbcSessionStoreContract {

  private static final String TABLE = JdbcTestSupport.uniqueTable("maria");
  private static @Nullable String url;

  @BeforeAll
  static void database() {
    url = TestServices.requireMariadbUrl();
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
