package io.podiokit.session.redis;

import io.podiokit.testkit.TestServices;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Redis the integration tests share: {@code PODIO_TEST_REDIS_URI} when set (CI gives its Redis 7), otherwise a
 * {@code redis-server} started once for this JVM. Every test run writes under its own key prefix.
 */
final class TestRedis {

  /** The key prefix of this test run, so runs against a shared Redis never meet. */
  static final String PREFIX = "podio:it:" + UUID.randomUUID() + ":";

  private static @Nullable String uri;

  private TestRedis() {}

  static synchronized String uri() {
    if (uri == null) {
      uri = TestServices.redisUri().orElseGet(() -> {
        RedisServerProcess server = RedisServerProcess.started();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.err.println(TestServices.REDIS_URI_ENV + " is not set: testing against a redis-server started on "
            + "port " + server.port);
        return server.uri();
      });
    }
    return uri;
  }

  /** A store on the shared Redis under this run's prefix. */
  static RedisSessionStore store() {
    return RedisSessionStore.builder().uri(uri()).keyPrefix(PREFIX).build();
  }
}
