package io.podiokit.testkit;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the services for integration tests are: Redis, PostgreSQL and MariaDB addresses come from environment
 * variables (or the matching system properties, which win), so the same tests run on a laptop without them and in CI
 * with them.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>environment variable</th><th>system property</th><th>example</th></tr>
 *   <tr><td>{@value #REDIS_URI_ENV}</td><td>{@value #REDIS_URI_PROPERTY}</td><td>{@code redis://127.0.0.1:6379}</td></tr>
 *   <tr><td>{@value #POSTGRES_URL_ENV}</td><td>{@value #POSTGRES_URL_PROPERTY}</td>
 *       <td>{@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}</td></tr>
 *   <tr><td>{@value #MARIADB_URL_ENV}</td><td>{@value #MARIADB_URL_PROPERTY}</td>
 *       <td>{@code jdbc:mariadb://127.0.0.1:3306/test?user=root}</td></tr>
 *   <tr><td>{@value #REQUIRE_SERVICES_ENV}</td><td>{@value #REQUIRE_SERVICES_PROPERTY}</td><td>{@code true}</td></tr>
 * </table>
 *
 * <p>A test that needs a service asks for it with {@link #require(String, Optional, String)} (or one of the
 * {@code require...} shortcuts). When the address is missing, the test is skipped through JUnit's
 * {@link Assumptions}, after a loud {@code SKIPPED: ...} line on {@code System.err} that says which variable to set;
 * when services are required ({@link #servicesRequired()}, as in CI), it fails instead.
 *
 * <pre>{@code
 * String url = TestServices.requirePostgresUrl();   // skips or fails when PODIO_TEST_POSTGRES_URL is not set
 * }</pre>
 */
public final class TestServices {

  /** Environment variable with the Redis URI, e.g. {@code redis://127.0.0.1:6379}. */
  public static final String REDIS_URI_ENV = "PODIO_TEST_REDIS_URI";
  /** System property with the Redis URI; wins over {@link #REDIS_URI_ENV}. */
  public static final String REDIS_URI_PROPERTY = "podio.test.redis-uri";
  /** Environment variable with the PostgreSQL JDBC URL. */
  public static final String POSTGRES_URL_ENV = "PODIO_TEST_POSTGRES_URL";
  /** System property with the PostgreSQL JDBC URL; wins over {@link #POSTGRES_URL_ENV}. */
  public static final String POSTGRES_URL_PROPERTY = "podio.test.postgres-url";
  /** Environment variable with the MariaDB JDBC URL. */
  public static final String MARIADB_URL_ENV = "PODIO_TEST_MARIADB_URL";
  /** System property with the MariaDB JDBC URL; wins over {@link #MARIADB_URL_ENV}. */
  public static final String MARIADB_URL_PROPERTY = "podio.test.mariadb-url";
  /** Environment variable that, when {@code true}, makes a missing service fail the test instead of skipping it. */
  public static final String REQUIRE_SERVICES_ENV = "PODIO_IT_REQUIRE_SERVICES";
  /** System property that, when {@code true}, makes a missing service fail the test instead of skipping it. */
  public static final String REQUIRE_SERVICES_PROPERTY = "podio.it.require-services";

  private static @org.jspecify.annotations.Nullable String embeddedRedis;

  private TestServices() {}

  /** {@return the Redis URI to test against, if one is configured} */
  public static Optional<String> redisUri() {
    return setting(REDIS_URI_PROPERTY, REDIS_URI_ENV);
  }

  /**
   * The Redis to test against: the one configured, or else a real {@code redis-server} (the binary that
   * {@code com.github.codemonstur:embedded-redis} ships, which must then be on the test classpath) started once per
   * JVM on a free loopback port and stopped when the JVM exits. Never skips: a Redis is always available.
   *
   * @return a Redis URI
   */
  public static synchronized String redisUriOrEmbedded() {
    Optional<String> configured = redisUri();
    if (configured.isPresent()) {
      return configured.get();
    }
    if (embeddedRedis == null) {
      int port;
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = socket.getLocalPort();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot find a free port for redis-server", e);
      }
      try {
        redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer().port(port).bind("127.0.0.1")
            .setting("save \"\"").setting("appendonly no").build();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.stop();
          } catch (java.io.IOException e) {
            // the JVM is exiting; the process dies with it
          }
        }));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot start the embedded redis-server on port " + port, e);
      }
      embeddedRedis = "redis://127.0.0.1:" + port;
      System.err.println(REDIS_URI_ENV + " is not set: testing against a redis-server started on 127.0.0.1:" + port);
    }
    return embeddedRedis;
  }

  /** {@return the PostgreSQL JDBC URL to test against, if one is configured} */
  public static Optional<String> postgresUrl() {
    return setting(POSTGRES_URL_PROPERTY, POSTGRES_URL_ENV);
  }

  /** {@return the MariaDB JDBC URL to test against, if one is configured} */
  public static Optional<String> mariadbUrl() {
    return setting(MARIADB_URL_PROPERTY, MARIADB_URL_ENV);
  }

  /**
   * Whether tests must fail rather than skip when a service is not configured: system property
   * {@value #REQUIRE_SERVICES_PROPERTY} or environment variable {@value #REQUIRE_SERVICES_ENV} is {@code true}.
   *
   * @return whether a missing service fails the test
   */
  public static boolean servicesRequired() {
    return setting(REQUIRE_SERVICES_PROPERTY, REQUIRE_SERVICES_ENV)
        .map(value -> value.trim().toLowerCase(Locale.ROOT).equals("true"))
        .orElse(false);
  }

  /** {@return the Redis URI; skips the calling test, or fails it when services are required, if there is none} */
  public static String requireRedisUri() {
    return require("Redis", redisUri(), REDIS_URI_ENV);
  }

  /**
   * {@return the PostgreSQL JDBC URL; skips the calling test, or fails it when services are required, if there is none}
   */
  public static String requirePostgresUrl() {
    return require("PostgreSQL", postgresUrl(), POSTGRES_URL_ENV);
  }

  /**
   * {@return the MariaDB JDBC URL; skips the calling test, or fails it when services are required, if there is none}
   */
  public static String requireMariadbUrl() {
    return require("MariaDB", mariadbUrl(), MARIADB_URL_ENV);
  }

  /**
   * The address of a service a test needs. When {@code address} is empty, prints
   * {@code SKIPPED: <what> tests need <envVar> ...} to {@code System.err} and aborts the test through
   * {@link Assumptions} (JUnit reports it skipped); when {@link #servicesRequired()}, fails the test instead.
   *
   * @param what the service, as people call it, e.g. {@code PostgreSQL}
   * @param address the configured address, if any
   * @param envVar the environment variable that gives the address
   * @return the address
   */
  public static String require(String what, Optional<String> address, String envVar) {
    Objects.requireNonNull(what, "what == null");
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(envVar, "envVar == null");
    if (address.isPresent()) {
      return address.get();
    }
    if (servicesRequired()) {
      String message = what + " tests need " + envVar + ", and " + REQUIRE_SERVICES_PROPERTY + "/"
          + REQUIRE_SERVICES_ENV + " says they must run: set " + envVar + " to the " + what + " address.";
      System.err.println("FAILED: " + message);
      return Assertions.fail(message);
    }
    String message = what + " tests need " + envVar + " (the " + what + " address); set it to run them. Set "
        + REQUIRE_SERVICES_ENV + "=true to make its absence a failure.";
    System.err.println("SKIPPED: " + message);
    return Assumptions.abort(message);
  }

  private static Optional<String> setting(String property, String env) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
