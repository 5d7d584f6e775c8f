package io.podiokit.session.redis;

import io.podiokit.testkit.TestServices;
import java.util.UUID;

/**
 * The Redis the integration tests share: {@code PODIO_TEST_REDIS_URI} when set (CI gives its Redis 7), otherwise a
 * {@code redis-server} started once for this JVM ({@link TestServices#redisUriOrEmbedded()}). Every test run writes
 * under its own key prefix.
 */
final class TestRedis {

  /** The key prefix of this test run, so runs against a shared Redis never meet. */
  static final String PREFIX = "podio:it:" + UUID.randomUUID() + ":";

  private TestRedis() {}

  static String uri() {
    return TestServices.redisUriOrEmbedded();
  }

  /** A store on the shared Redis under this run's prefix. */
  static RedisSessionStore store() {
    return RedisSessionStore.builder().uri(uri()).keyPrefix(PREFIX).build();
  }
}
