/**
 * A {@link io.podiokit.SessionStore} and {@link io.podiokit.RefreshLock} on any JDBC database (H2, PostgreSQL,
 * MySQL, MariaDB), pooled by HikariCP when built from a JDBC URL; opened by {@code SessionStores.open("jdbc:...")}.
 */
module io.podiokit.session.jdbc {
  requires transitive io.podiokit.core;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  requires static org.jspecify;

  exports io.podiokit.session.jdbc;
  // Open so that schema tools can read the shipped schema-*.sql files as resources.
  opens io.podiokit.session.jdbc;

  provides io.podiokit.SessionStoreProvider with io.podiokit.session.jdbc.JdbcSessionStoreProvider;
}
