package io.podiokit.session.jdbc;

import org.junit.jupiter.api.AfterAll;

/** The JDBC store on an in-memory H2 database of its own; always runs. */
class H2JdbcSessionStoreIT extends JdbcSessionStoreContract {

  private static final String URL = JdbcTestSupport.uniqueH2Url();
  private static final String TABLE = JdbcTestSupport.uniqueTable("h2");

  @AfterAll
  static void dropTable() {
    JdbcTestSupport.dropTable(URL, TABLE);
  }

  @Override
  protected String jdbcUrl() {
    return URL;
  }

  @Override
  protected String table() {
    return TABLE;
  }
}
