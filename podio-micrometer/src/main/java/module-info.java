/**
 * Micrometer metrics for podiokit, without Spring: {@link io.podiokit.micrometer.PodioMetrics} gives an
 * {@code AuthListener}, an OkHttp interceptor and a timed {@code SessionStore} decorator that report to a
 * {@code MeterRegistry}.
 */
module io.podiokit.micrometer {
  requires transitive io.podiokit.http.retrofit;
  requires transitive micrometer.core;
  requires static org.jspecify;

  exports io.podiokit.micrometer;
}
