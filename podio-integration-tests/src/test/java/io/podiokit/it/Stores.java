package io.podiokit.it;

import io.podiokit.testkit.TestServices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.h2.tools.Server;

/**
 * Store URIs for these tests: the Redis, PostgreSQL and MariaDB that the environment names (see {@link TestServices}),
 * an embedded {@code redis-server} when no Redis is named, and H2 always. Each JDBC URI gets its own table.
 */
final class Stores {

  private static Server h2Server;

  private Stores() {}

  /** The Redis to use: the one named by {@code PODIO_TEST_REDIS_URI}, else an embedded one started once. */
  static String redis() {
    return TestServices.redisUriOrEmbedded();
  }

  /** A Redis URI with a key prefix of its own, so runs never meet. */
  static String redisWithOwnPrefix() {
    String uri = redis();
    return uri + (uri.contains("?") ? "&" : "?") + "prefix=podio:it:" + shortId() + ":";
  }

  /** PostgreSQL with a table of its own, or a loud skip (a failure in CI) when no address is given. */
  static Jdbc postgres() {
    return Jdbc.ownTable(TestServices.requirePostgresUrl());
  }

  /** MariaDB with a table of its own, or a loud skip (a failure in CI) when no address is given. */
  static Jdbc mariadb() {
    return Jdbc.ownTable(TestServices.requireMariadbUrl());
  }

  /** A database named by the environment, with a table of its own that {@link #drop()} removes. */
  record Jdbc(String uri, String baseUrl, String table) {
    static Jdbc ownTable(String baseUrl) {
      String table = "podio_session_" + shortId();
      return new Jdbc(baseUrl + (baseUrl.contains("?") ? '&' : '?') + "podio.createTable=true&podio.table=" + table,
          baseUrl, table);
    }

    void drop() {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(baseUrl);
           java.sql.Statement s = c.createStatement()) {
        s.execute("DROP TABLE IF EXISTS " + table);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop the test table " + table, e);
      }
    }
  }

  /** An in-memory H2 database of this JVM, with a table of its own. */
  static String h2InMemory() {
    return "jdbc:h2:mem:it_" + shortId() + ";DB_CLOSE_DELAY=-1;podio.createTable=true;podio.table=podio_session_" + shortId();
  }

  /** An H2 database in a TCP server in this JVM, for other processes to share, with a table of its own. */
  static synchronized String h2Server() {
    if (h2Server == null) {
      try {
        h2Server = Server.createTcpServer("-tcp", "-tcpPort", Integer.toString(freePort()), "-ifNotExists").start();
      } catch (SQLException e) {
        throw new IllegalStateException("cannot start the H2 TCP server", e);
      }
      Server started = h2Server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return "jdbc:h2:tcp://127.0.0.1:" + h2Server.getPort() + "/mem:it_" + shortId()
        + ";DB_CLOSE_DELAY=-1;podio.createTable=true;podio.table=podio_session_" + shortId();
  }

  static String shortId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
