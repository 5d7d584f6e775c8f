package io.podiokit.session.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Databases for the tests: unique names, URLs with extra parameters, plain JDBC for setting up and cleaning up. */
final class JdbcTestSupport {

  private JdbcTestSupport() {}

  /** A table name no other run uses. */
  static String uniqueTable(String prefix) {
    return "podio_it_" + prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** A fresh in-memory H2 database that lives as long as the JVM. */
  static String uniqueH2Url() {
    return "jdbc:h2:mem:podio-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** {@code url} with {@code parameters} ({@code name=value}) added the way its driver takes them. */
  static String withParameters(String url, String... parameters) {
    StringBuilder result = new StringBuilder(url);
    boolean h2 = isH2(url);
    boolean hasQuery = url.indexOf('?') >= 0;
    for (String parameter : parameters) {
      result.append(h2 ? ";" : hasQuery ? "&" : "?").append(parameter);
      hasQuery = true;
    }
    return result.toString();
  }

  /** The same kind of URL as {@code url}, pointing at a local port where nothing listens. */
  static String unreachable(String url) {
    int port = closedPort();
    if (isH2(url)) {
      return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:unreachable";
    }
    String scheme = url.substring(0, url.indexOf("//") + 2);
    String rest = url.substring(scheme.length());
    int slash = rest.indexOf('/');
    return scheme + "127.0.0.1:" + port + (slash < 0 ? "" : rest.substring(slash));
  }

  /** A connection straight from the driver, outside any store. */
  static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Runs {@code sql} statements on a fresh connection to {@code url}. */
  static void execute(String url, String... sql) {
    try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("setting up " + url + " failed: " + e.getMessage(), e);
    }
  }

  static void dropTable(String url, String table) {
    execute(url, "DROP TABLE IF EXISTS " + table);
  }

  /** The statements of a shipped schema file, read from the classpath as a user's tool would. */
  static List<String> schemaFile(String name) {
    String path = "io/podiokit/session/jdbc/" + name;
    try (InputStream in = JdbcTestSupport.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not on the classpath");
      }
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.strip().startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.strip().endsWith(";")) {
          String sql = current.toString().strip();
          statements.add(sql.substring(0, sql.length() - 1));
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isH2(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
