package io.podiokit.api.tests.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.embed.Embed;
import io.podiokit.api.embed.EmbedRequest;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Embeds over HTTP: a web address becomes an embed whose id goes into embed fields. */
class EmbedIT {

  static final ApiFixture api = ApiFixture.start();

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void aWebAddressBecomesALinkEmbed() {
    Embed embed = api.user().embeds().add("https://example.com/offers/17?ref=mail");

    assertThat(api.last().method()).isEqualTo("POST");
    assertThat(api.last().path()).isEqualTo("/embed/");
    assertThat(api.last().json()).isEqualTo(Map.of("url", "https://example.com/offers/17?ref=mail"));
    assertThat(embed.embedId()).isPositive();
    assertThat(embed.type()).isEqualTo("link");
    assertThat(embed.originalUrl()).isEqualTo("https://example.com/offers/17?ref=mail");
    assertThat(embed.resolvedUrl()).isEqualTo("https://example.com/offers/17?ref=mail");
    assertThat(embed.title()).isEqualTo("example.com/offers/17");
    assertThat(embed.providerName()).isEqualTo("example.com");
    assertThat(embed.createdOn()).isNotNull();
    assertThat(embed.files()).isEmpty();
  }

  @Test
  void anImageAddressBecomesAnImageEmbedAndTheModeIsSent() {
    Embed embed = api.app().embeds().add(new EmbedRequest("http://example.com/logo.PNG", "immediate"));

    assertThat(api.last().json()).isEqualTo(Map.of("url", "http://example.com/logo.PNG", "mode", "immediate"));
    assertThat(embed.type()).isEqualTo("image");
    assertThat(embed.embedHtml()).contains("<img");
    assertThat(api.user().embeds().add("https://example.com/b").embedId()).isGreaterThan(embed.embedId());
  }

  @Test
  void badAddressesAreRefusedBeforeAndByTheServer() {
    assertThatThrownBy(() -> EmbedRequest.of("ftp://example.com/x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute http or https");
    assertThatThrownBy(() -> EmbedRequest.of("not a url")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api.user().post("/embed/", Map.of("url", "mailto:a@example.com")))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("http or https");
    assertThatThrownBy(() -> api.user().post("/embed/", Map.of()))
        .isInstanceOf(PodioApiException.BadRequestException.class).hasMessageContaining("url");
  }

  @Test
  void microViewsParse() {
    try (CannedApi canned = CannedApi.start()) {
      canned.answer("/embed/", "{\"embed_id\": 12}");
      Embed embed = canned.api().embeds().add("https://example.com");
      assertThat(embed.embedId()).isEqualTo(12);
      assertThat(embed.type()).isNull();
      assertThat(embed.files()).isEmpty();
    }
  }
}
