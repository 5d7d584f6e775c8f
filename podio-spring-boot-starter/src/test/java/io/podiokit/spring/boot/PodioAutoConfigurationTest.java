package io.podiokit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.podiokit.AuthListener;
import io.podiokit.Authentication;
import io.podiokit.GrantKind;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStoreException;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.micrometer.PodioMetrics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in application contexts started by {@link ApplicationContextRunner}. */
class PodioAutoConfigurationTest {

  static final PodioEmulator PODIO = PodioEmulator.builder().demoData().start();

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PodioAutoConfiguration.class))
      .withPropertyValues(
          "podio.client-id=" + PodioEmulator.DEMO_CLIENT_ID,
          "podio.client-secret=" + PodioEmulator.DEMO_CLIENT_SECRET,
          "podio.api-url=" + PODIO.baseUrl(),
          "podio.authorize-url=" + PODIO.authorizeUrl());

  @AfterAll
  static void stop() {
    PODIO.close();
  }

  private static String appName(PodioClient client) {
    Authentication app = client.authenticateWithApp(PodioEmulator.DEMO_APP_ID, PodioEmulator.DEMO_APP_TOKEN);
    return String.valueOf(client.api(app).apps().app(PodioEmulator.DEMO_APP_ID).config().name());
  }

  @Test
  void propertiesAloneGiveAWorkingClientOnAMemoryStore() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(PodioClient.class).hasSingleBean(SessionStore.class);
      assertThat(appName(context.getBean(PodioClient.class))).isNotBlank();
    });
  }

  @Test
  void withoutTheApiKeyTheContextFailsSayingWhatToSet() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(PodioAutoConfiguration.class))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("podio.client-id and podio.client-secret must be set"));
  }

  @Test
  void refreshSettingsReachThePolicy() {
    runner.withPropertyValues("podio.refresh.refresh-margin=2m", "podio.refresh.lease-time=4s").run(context -> {
      var policy = context.getBean(PodioClient.class).auth().policy();
      assertThat(policy.refreshMargin()).isEqualTo(Duration.ofMinutes(2));
      assertThat(policy.leaseTime()).isEqualTo(Duration.ofSeconds(4));
      assertThat(policy.expiryMargin()).isEqualTo(io.podiokit.RefreshPolicy.defaults().expiryMargin());
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    SessionStore mine = io.podiokit.SessionStores.open("memory:");
    runner.withBean(SessionStore.class, () -> mine).run(context ->
        assertThat(context.getBean(SessionStore.class)).isSameAs(mine));
  }

  @Test
  void listenerBeansArePickedUp() {
    List<SessionKey> heard = new CopyOnWriteArrayList<>();
    runner.withBean(AuthListener.class, () -> new AuthListener() {
      @Override
      public void authenticated(SessionKey key, GrantKind origin) {
        heard.add(key);
      }
    }).run(context -> {
      appName(context.getBean(PodioClient.class));
      assertThat(heard).containsExactly(SessionKey.app(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_APP_ID));
    });
  }

  @Test
  void anOkHttpClientBeanIsReused() {
    AtomicInteger seen = new AtomicInteger();
    OkHttpClient mine = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.incrementAndGet();
          return chain.proceed(chain.request());
        }).build();
    runner.withBean(OkHttpClient.class, () -> mine).run(context -> {
      appName(context.getBean(PodioClient.class));
      assertThat(seen.get()).isGreaterThanOrEqualTo(2); // the token exchange and the API call
      assertThat(context).doesNotHaveBean(OwnedHttpClient.class);
    });
  }

  @Test
  void theStoreIsClosedWithTheContext() {
    SessionStore[] store = new SessionStore[1];
    runner.withPropertyValues("podio.session-store=jdbc:h2:mem:starter-close;DB_CLOSE_DELAY=-1;podio.createTable=true")
        .run(context -> {
          store[0] = context.getBean(SessionStore.class);
          appName(context.getBean(PodioClient.class));
        });
    SessionKey key = SessionKey.app(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_APP_ID);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> store[0].load(key))
        .isInstanceOf(SessionStoreException.class);
  }

  @Test
  void withARegistryCallsRefreshesAndStoreOperationsAreMeasured() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      appName(context.getBean(PodioClient.class));
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(context).hasSingleBean(PodioMetrics.class);
      assertThat(registry.find(PodioMetrics.API_REQUESTS).tag("uri", "app/{app_id}").timer()).isNotNull();
      assertThat(registry.find(PodioMetrics.STORE_OPERATIONS).tag("operation", "save").timer()).isNotNull();
      assertThat(registry.find(PodioMetrics.SESSIONS).tag("event", "authenticated").counter().count()).isEqualTo(1);
    });
  }

  @Test
  void healthIsUpWithAReachableStoreAndDownWhenItFails() {
    runner.run(context -> assertThat(context.getBean("podioHealthIndicator", HealthIndicator.class).health()
        .getStatus()).isEqualTo(Status.UP));
    SessionStore broken = new SessionStore() {
      @Override
      public java.util.Optional<io.podiokit.Session> load(SessionKey key) {
        throw new SessionStoreException("the store is down", null);
      }

      @Override
      public io.podiokit.Session save(io.podiokit.Session session) {
        throw new SessionStoreException("the store is down", null);
      }

      @Override
      public java.util.Optional<io.podiokit.Session> replace(long expectedVersion, io.podiokit.Session next) {
        throw new SessionStoreException("the store is down", null);
      }

      @Override
      public void delete(SessionKey key) {
        throw new SessionStoreException("the store is down", null);
      }
    };
    runner.withBean(SessionStore.class, () -> broken).run(context -> {
      var health = context.getBean("podioHealthIndicator", HealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("storeError", "SessionStoreException");
    });
  }

  @Test
  void aSessionReauthenticatedAfterItsRefreshFailedIsHealthyAgain() {
    runner.run(context -> {
      RefreshOutcomes outcomes = context.getBean(RefreshOutcomes.class);
      SessionKey key = SessionKey.app(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_APP_ID);
      outcomes.refreshFailed(key, new io.podiokit.InvalidGrantException("refresh token expired", null));
      HealthIndicator health = context.getBean("podioHealthIndicator", HealthIndicator.class);
      assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
      outcomes.reauthenticated(key);
      assertThat(health.health().getStatus()).isEqualTo(Status.UP);
      assertThat(health.health().getDetails()).containsEntry("tokenEndpoint", "reauthenticated");
    });
  }

  @Test
  void configurationMetadataDescribesEveryProperty() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("spring-configuration-metadata.json is generated").isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"podio.client-id\"", "\"podio.client-secret\"", "\"podio.api-url\"",
          "\"podio.authorize-url\"", "\"podio.session-store\"", "\"podio.refresh.refresh-margin\"",
          "\"podio.rate-limit.retries\"", "\"podio.encryption.keys\"");
    }
  }

  @Test
  void propertiesNeverShowTheSecret() {
    runner.withPropertyValues("podio.encryption.keys=k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "podio.session-store=redis://:hunter2@127.0.0.1:1/0")
        .withBean(SessionStore.class, () -> io.podiokit.SessionStores.open("memory:")).run(context -> {
          String text = context.getBean(PodioProperties.class).toString();
          assertThat(text).doesNotContain(PodioEmulator.DEMO_CLIENT_SECRET, "hunter2", "AAAAAAAA");
        });
  }
}
