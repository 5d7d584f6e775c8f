package io.podiokit.examples;

import io.podiokit.Clock;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring wiring for podiokit: the same builder calls as in the other examples, made by the container. The library
 * asks for nothing but its constructor arguments: no static setup, no container of its own, no annotations.
 */
@Configuration(proxyBeanMethods = false)
public class PodioConfiguration {

  /** Where the client talks to; closed by the container. */
  @Bean(destroyMethod = "close")
  public Backend backend(Settings settings) {
    return Backend.open(settings, Clock.system());
  }

  /** The session store the settings name; closed by the container. */
  @Bean(destroyMethod = "close")
  public SessionStore sessionStore(Settings settings) {
    return SessionStores.open(settings.sessionStore());
  }

  /** One client per API key, shared by every bean that calls Podio; closed by the container. */
  @Bean(destroyMethod = "close")
  public PodioClient podioClient(Backend backend, SessionStore sessionStore) {
    return backend.clientBuilder().sessionStore(sessionStore).build();
  }

  /** An application service that calls Podio through the injected client. */
  @Bean
  public AppReport appReport(PodioClient podioClient, Backend backend) {
    return new AppReport(podioClient, backend.app(0));
  }
}
