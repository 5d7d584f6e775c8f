/**
 * JMH benchmarks that measure podiokit's session stores, token manager and API client side by side with the raw
 * library doing the same work (Caffeine, Lettuce, JDBC through HikariCP, OkHttp). Never published; run from
 * {@code target/benchmarks.jar}.
 */
module io.podiokit.benchmarks {
  requires io.podiokit.core;
  requires io.podiokit.session.memory;
  requires io.podiokit.session.redis;
  requires io.podiokit.session.jdbc;
  requires io.podiokit.http.retrofit;
  requires io.podiokit.emulator;
  requires com.github.benmanes.caffeine;
  requires com.zaxxer.hikari;
  requires jmh.core;
  requires static org.jspecify;

  // JMH instantiates the benchmark states reflectively.
  opens io.podiokit.benchmarks;
}
