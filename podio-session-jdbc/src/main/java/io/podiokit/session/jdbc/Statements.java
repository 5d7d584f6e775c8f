package io.podiokit.session.jdbc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a store, for one dialect and table. Every statement binds the key as its first three parameters
 * (namespace, kind, identifier) unless said otherwise; session columns are bound in {@link #DATA_COLUMNS} order.
 */
final class Statements {

  /** The columns that hold a session, in binding order. */
  static final List<String> DATA_COLUMNS = List.of("access_token", "refresh_token", "expires_at", "scope", "ref_type",
      "ref_id", "token_type", "origin", "updated_at", "retain_until");

  private static final String KEY = "namespace = ? AND kind = ? AND identifier = ?";

  /** version, then {@link #DATA_COLUMNS}, of a live session (rows past retain_until and lease-only rows excluded). */
  final String load;
  /** Compare-and-set: {@link #DATA_COLUMNS}, key, expected version. */
  final String replace;
  /** Upsert for PostgreSQL, returning the new version: key, {@link #DATA_COLUMNS}. */
  final String upsertReturning;
  /** Upsert for MySQL/MariaDB, to be followed by {@link #selectVersion}: key, {@link #DATA_COLUMNS}. */
  final String upsert;
  /** Update of an existing row for H2, to be followed by {@link #selectVersion}: {@link #DATA_COLUMNS}, key. */
  final String update;
  /** Insert of a new row with version 1: key, {@link #DATA_COLUMNS}. */
  final String insert;
  final String selectVersion;
  /** Turns a session into a tombstone that keeps its version and retain_until (and any lease): key. */
  final String delete;
  /** Takes a free or lapsed lease on an existing row: owner, ttl millis, key. */
  final String takeLease;
  /** Inserts a lease-only row unless the key has a row: key, owner, ttl millis. */
  final String insertLease;
  /** Deletes the lease-only row of an owner: key, owner. */
  final String deleteLeaseRow;
  /** Clears the lease of an owner: key, owner. */
  final String releaseLease;
  final String renewLease;
  /** Deletes rows past retain_until and lease-only rows, unless leased. */
  final String deleteExpired;

  Statements(Dialect dialect, String table) {
    String now = dialect.nowMillis();
    String columns = "namespace, kind, identifier, " + String.join(", ", DATA_COLUMNS) + ", version";
    // A key without a session row (none, or a lease-only row of version 0) starts at the database clock in ms times
    // 1024, above every version it had before it was deleted and its tombstone expired; a session or a tombstone goes
    // on from its version.
    String firstVersion = "(" + now + ") * 1024";
    String values = "?, ?, ?, " + DATA_COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ", "
        + firstVersion;
    String live = " AND access_token IS NOT NULL";
    String assignData = DATA_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));

    load = "SELECT version, " + String.join(", ", DATA_COLUMNS) + " FROM " + table + " WHERE " + KEY
        + " AND retain_until > " + now + live;
    replace = "UPDATE " + table + " SET " + assignData + ", version = version + 1 WHERE " + KEY
        + " AND version = ? AND retain_until > " + now + live;
    upsertReturning = "INSERT INTO " + table + " AS t (" + columns + ") VALUES (" + values + ")"
        + " ON CONFLICT (namespace, kind, identifier) DO UPDATE SET "
        + DATA_COLUMNS.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
        + ", version = CASE WHEN t.version = 0 THEN " + firstVersion + " ELSE t.version + 1 END RETURNING t.version";
    upsert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON DUPLICATE KEY UPDATE "
        + DATA_COLUMNS.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "))
        + ", version = CASE WHEN version = 0 THEN " + firstVersion + " ELSE version + 1 END";
    update = "UPDATE " + table + " SET " + assignData + ", version = CASE WHEN version = 0 THEN " + firstVersion
        + " ELSE version + 1 END WHERE " + KEY;
    insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
    selectVersion = "SELECT version FROM " + table + " WHERE " + KEY;
    delete = "UPDATE " + table + " SET " + String.join(" = NULL, ", DATA_COLUMNS.subList(0, 8)) + " = NULL WHERE "
        + KEY + live;
    takeLease = "UPDATE " + table + " SET lease_owner = ?, lease_until = " + now + " + ? WHERE " + KEY
        + " AND (lease_until IS NULL OR lease_until <= " + now + ")";
    String insertLeaseRow = " INTO " + table + " (namespace, kind, identifier, version, lease_owner, lease_until)"
        + " VALUES (?, ?, ?, 0, ?, " + now + " + ?)";
    insertLease = switch (dialect) {
      case POSTGRESQL -> "INSERT" + insertLeaseRow + " ON CONFLICT DO NOTHING";
      case MYSQL -> "INSERT IGNORE" + insertLeaseRow;
      case H2 -> "INSERT" + insertLeaseRow;
    };
    deleteLeaseRow = "DELETE FROM " + table + " WHERE " + KEY + " AND lease_owner = ? AND version = 0";
    releaseLease = "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE " + KEY
        + " AND lease_owner = ?";
    renewLease = "UPDATE " + table + " SET lease_until = " + now + " + ? WHERE " + KEY
        + " AND lease_owner = ? AND lease_until > " + now;
    deleteExpired = "DELETE FROM " + table + " WHERE (lease_until IS NULL OR lease_until <= " + now + ")"
        + " AND (version = 0 OR retain_until <= " + now + ")";
  }
}
