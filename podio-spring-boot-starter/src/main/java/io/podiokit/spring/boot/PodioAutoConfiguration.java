package io.podiokit.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.podiokit.AuthListener;
import io.podiokit.EncryptingSessionStore;
import io.podiokit.RefreshPolicy;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.micrometer.PodioMetrics;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes a {@link PodioClient} and its {@link SessionStore} from {@code podio.*} properties (see
 * {@link PodioProperties}). Every bean backs off when the application defines its own. {@link AuthListener} beans are
 * added to the client; an {@link OkHttpClient} bean is used (its pool and dispatcher shared) when there is one. With
 * Micrometer, calls, refreshes, rate limits and store operations are measured ({@link PodioMetrics}); with Actuator,
 * a {@code podio} health indicator reports the store and the token endpoint.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(PodioClient.class)
@EnableConfigurationProperties(PodioProperties.class)
public class PodioAutoConfiguration {

  /** {@return the record of how the token endpoint last answered, for the health indicator} */
  @Bean
  @ConditionalOnMissingBean
  public RefreshOutcomes podioRefreshOutcomes() {
    return new RefreshOutcomes();
  }

  /**
   * The session store the URI {@code podio.session-store} names, encrypted when keys are given, timed with metrics.
   *
   * @param properties the {@code podio.*} properties
   * @param metrics the metrics, when podio-micrometer and a registry are present
   * @return the session store the URI {@code podio.session-store} names, encrypted when keys are given, timed with
   *     metrics
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public SessionStore podioSessionStore(PodioProperties properties, ObjectProvider<PodioMetrics> metrics) {
    SessionStore store = SessionStores.open(properties.sessionStore());
    String keys = properties.encryption().keys();
    if (keys != null && !keys.isBlank()) {
      store = EncryptingSessionStore.builder(store).keys(keys).build();
    }
    PodioMetrics m = metrics.getIfAvailable();
    return m == null ? store : m.timed(store);
  }

  /**
   * The HTTP client podiokit uses when the application has no {@link OkHttpClient} bean; shut down with the context.
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(OkHttpClient.class)
  OwnedHttpClient podioOwnedHttpClient() {
    return new OwnedHttpClient(new OkHttpClient.Builder()
        .connectTimeout(PodioClient.DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(PodioClient.DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .build());
  }

  /**
   * The client, from the properties, the store, the listeners, the HTTP client and the metrics.
   *
   * @param properties the {@code podio.*} properties
   * @param sessionStore where sessions are kept
   * @param listeners the application's auth listeners
   * @param okHttpClient the application's OkHttp client, if it defines one
   * @param owned the HTTP client podiokit made itself when the application has none
   * @param metrics the metrics, when podio-micrometer and a registry are present
   * @return the client, from the properties, the store, the listeners, the HTTP client and the metrics
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public PodioClient podioClient(PodioProperties properties, SessionStore sessionStore,
                                 ObjectProvider<AuthListener> listeners, ObjectProvider<OkHttpClient> okHttpClient,
                                 ObjectProvider<OwnedHttpClient> owned, ObjectProvider<PodioMetrics> metrics) {
    String clientId = properties.clientId();
    String clientSecret = properties.clientSecret();
    if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalStateException("podio.client-id and podio.client-secret must be set (your Podio API key)");
    }
    OkHttpClient http = okHttpClient.getIfAvailable();
    if (http == null) {
      http = owned.getObject().http();
    }
    PodioMetrics m = metrics.getIfAvailable();
    if (m != null) {
      http = http.newBuilder().addInterceptor(m.interceptor()).build();
    }
    PodioClient.Builder builder = PodioClient.builder()
        .credentials(clientId, clientSecret)
        .apiUrl(properties.apiUrl())
        .authorizeUrl(properties.authorizeUrl())
        .sessionStore(sessionStore)
        .policy(policy(properties.refresh()))
        .okHttpClient(http)
        .dryRun(properties.dryRun())
        .rateLimitRetries(properties.rateLimit().retries(), properties.rateLimit().maxWait());
    if (properties.userAgent() != null) {
      builder.userAgent(properties.userAgent());
    }
    listeners.orderedStream().forEach(builder::listener);
    if (m != null) {
      builder.listener(m.listener());
    }
    return builder.build();
  }

  static RefreshPolicy policy(PodioProperties.Refresh refresh) {
    RefreshPolicy.Builder b = RefreshPolicy.builder();
    set(refresh.refreshMargin(), b::refreshMargin);
    set(refresh.expiryMargin(), b::expiryMargin);
    set(refresh.refreshTimeout(), b::refreshTimeout);
    set(refresh.refreshTokenLifetime(), b::refreshTokenLifetime);
    set(refresh.leaseTime(), b::leaseTime);
    set(refresh.pollInterval(), b::pollInterval);
    return b.build();
  }

  private static void set(@Nullable Duration value, Consumer<Duration> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Metrics, when Micrometer and podio-micrometer are on the classpath and a registry is defined. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MeterRegistry.class, PodioMetrics.class})
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {
    @Bean
    @ConditionalOnMissingBean
    PodioMetrics podioMetrics(MeterRegistry registry) {
      return PodioMetrics.of(registry);
    }
  }

  /** The {@code podio} health indicator, with Actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("podio")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "podioHealthIndicator")
    HealthIndicator podioHealthIndicator(SessionStore sessionStore, RefreshOutcomes outcomes,
                                         PodioProperties properties) {
      return new PodioHealthIndicator(sessionStore, outcomes, String.valueOf(properties.clientId()));
    }
  }
}
