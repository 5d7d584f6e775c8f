package io.podiokit.session.jdbc;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What differs between the supported databases: the clock expression, the upsert and the schema file. */
enum Dialect {
  H2("H2", "schema-h2.sql",
      "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)"),
  POSTGRESQL("PostgreSQL", "schema-postgresql.sql",
      "CAST(EXTRACT(EPOCH FROM CLOCK_TIMESTAMP()) * 1000 AS BIGINT)"),
  /** MySQL and MariaDB. */
  MYSQL("MySQL/MariaDB", "schema-mysql.sql",
      "(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(6)) DIV 1000)");

  /** The databases supported, for messages. */
  static final String SUPPORTED = "H2, PostgreSQL, MySQL, MariaDB";

  private final String displayName;
  private final String schemaResource;
  private final String nowMillis;

  Dialect(String displayName, String schemaResource, String nowMillis) {
    this.displayName = displayName;
    this.schemaResource = schemaResource;
    this.nowMillis = nowMillis;
  }

  /** The dialect of a database by {@link java.sql.DatabaseMetaData#getDatabaseProductName()}, or null if unsupported. */
  static @Nullable Dialect forProductName(String productName) {
    String name = productName.trim().toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    if (name.equals("mysql") || name.equals("mariadb")) {
      return MYSQL;
    }
    return null;
  }

  String displayName() {
    return displayName;
  }

  /** The schema file's name, next to this class in the jar. */
  String schemaResource() {
    return schemaResource;
  }

  /** SQL for the database server's current time in epoch milliseconds, as a BIGINT. */
  String nowMillis() {
    return nowMillis;
  }
}
