/**
 * {@link io.podiokit.session.jdbc.JdbcSessionStore}: sessions and refresh leases in one table of an H2, PostgreSQL,
 * MySQL or MariaDB database; the DDL for each ships next to it as {@code schema-<database>.sql}.
 */
@NullMarked
package io.podiokit.session.jdbc;

import org.jspecify.annotations.NullMarked;
