package io.podiokit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.podiokit.Authentication;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.micrometer.PodioMetrics;
import io.podiokit.testkit.TestServices;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A real Spring Boot application (Boot's own auto-configurations, Actuator's health and metrics, Boot's managed
 * Lettuce and HikariCP) that declares nothing but properties, against the emulator, on each kind of store.
 */
class PodioStarterApplicationIT {

  /** The application: auto-configuration only. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  static java.util.stream.Stream<String> stores() {
    return java.util.stream.Stream.of("memory:", "jdbc:h2:mem:starter-app;DB_CLOSE_DELAY=-1;podio.createTable=true",
        TestServices.redisUriOrEmbedded() + "?prefix=podio:starter-it:" + java.util.UUID.randomUUID() + ":");
  }

  @ParameterizedTest
  @MethodSource("stores")
  void startsFromPropertiesCallsPodioAndShowsHealthAndMetrics(String store) {
    try (PodioEmulator podio = PodioEmulator.builder().demoData().start()) {
      SpringApplication application = new SpringApplication(App.class);
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setDefaultProperties(Map.of(
          "podio.client-id", PodioEmulator.DEMO_CLIENT_ID,
          "podio.client-secret", PodioEmulator.DEMO_CLIENT_SECRET,
          "podio.api-url", podio.baseUrl().toString(),
          "podio.session-store", store,
          "management.endpoint.health.show-details", "always"));
      try (ConfigurableApplicationContext context = application.run()) {
        PodioClient client = context.getBean(PodioClient.class);
        Authentication app = client.authenticateWithApp(PodioEmulator.DEMO_APP_ID, PodioEmulator.DEMO_APP_TOKEN);
        assertThat(client.api(app).apps().app(PodioEmulator.DEMO_APP_ID).appId()).isEqualTo(PodioEmulator.DEMO_APP_ID);

        var health = context.getBean(HealthEndpoint.class).healthForPath("podio");
        assertThat(health).isNotNull();
        assertThat(health.getStatus()).as("podio health %s", health).isEqualTo(Status.UP);
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        assertThat(registry.find(PodioMetrics.API_REQUESTS).tags("uri", "app/{app_id}", "outcome", "SUCCESS").timer())
            .isNotNull();
        assertThat(registry.find(PodioMetrics.STORE_OPERATIONS).timers()).isNotEmpty();
      }
    }
  }
}
