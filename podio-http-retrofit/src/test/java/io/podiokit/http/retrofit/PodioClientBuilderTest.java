package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.ClientCredentials;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PodioClientBuilderTest {

  @Test
  void buildNamesEveryMissingSetting() {
    assertThatThrownBy(() -> PodioClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PodioClient.Builder is missing credentials, sessionStore");
    assertThatThrownBy(() -> RetrofitTokenEndpoint.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("credentials");
  }

  @Test
  void everyAuthenticationSettingIsOfferedUnderTheSameName() {
    for (java.lang.reflect.Method setting : io.podiokit.PodioAuth.Builder.class.getMethods()) {
      if (setting.getReturnType() != io.podiokit.PodioAuth.Builder.class || setting.getName().equals("tokenEndpoint")) {
        continue;
      }
      assertThat(PodioClient.Builder.class)
          .as("PodioClient.Builder offers PodioAuth.Builder.%s", setting.getName())
          .satisfies(type -> type.getMethod(setting.getName(), setting.getParameterTypes()));
    }
  }

  @Test
  void urlsMustBeHttpsUnlessLoopback() {
    PodioClient.Builder builder = PodioClient.builder();
    assertThatThrownBy(() -> builder.apiUrl("http://api.podio.com")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> builder.authorizeUrl("http://podio.com/oauth/authorize"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetrofitTokenEndpoint.builder().apiUrl(java.net.URI.create("http://10.0.0.1")))
        .isInstanceOf(IllegalArgumentException.class);
    builder.apiUrl("https://api.podio.com").apiUrl("http://127.0.0.1:8089").apiUrl("http://localhost:8089")
        .authorizeUrl("https://podio.com/oauth/authorize");
  }

  @Test
  void argumentsAreChecked() {
    PodioClient.Builder builder = PodioClient.builder();
    assertThatThrownBy(() -> builder.sessionStore(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("sessionStore == null");
    assertThatThrownBy(() -> builder.rateLimitRetries(11, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimitRetries(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tokenEndpointAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.userAgent("bad\nagent")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultUserAgentCarriesTheBuiltVersion() {
    assertThat(PodioClient.DEFAULT_USER_AGENT).matches("podiokit/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void toStringShowsNoSecret() {
    try (PodioClient client = PodioClient.builder()
        .credentials(new ClientCredentials("client-id", "S3CRET-x-91"))
        .sessionStore(new MapSessionStore()).build()) {
      assertThat(client.toString()).contains("client-id").doesNotContain("S3CRET");
      assertThat(client.tokenEndpoint().toString()).contains("client-id").doesNotContain("S3CRET");
    }
  }
}
