package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.ClientCredentials;
import io.podiokit.Grant;
import io.podiokit.Token;
import io.podiokit.TokenRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Both of Podio's token endpoints, with the client credentials in the body or as HTTP Basic. */
class TokenEndpointIT {

  private final Fixture fixture = new Fixture();
  private final List<Request> sent = new CopyOnWriteArrayList<>();
  private final OkHttpClient http = new OkHttpClient.Builder()
      .addNetworkInterceptor(chain -> {
        sent.add(chain.request());
        return chain.proceed(chain.request());
      }).build();

  @AfterEach
  void close() {
    fixture.close();
  }

  private RetrofitTokenEndpoint.Builder endpoint() {
    return RetrofitTokenEndpoint.builder().credentials(new ClientCredentials(Fixture.CLIENT_ID, Fixture.CLIENT_SECRET))
        .apiUrl(fixture.podio.baseUrl()).clock(fixture.clock).okHttpClient(http);
  }

  @Test
  void jsonEndpointIsTheDefault() {
    Token token = endpoint().build().exchange(new Grant.App(Fixture.APP_ID, Fixture.APP_TOKEN));

    assertThat(token.ref()).isEqualTo(new TokenRef("app", Fixture.APP_ID));
    assertThat(token.expiresAt()).isEqualTo(fixture.clock.now().plus(Duration.ofHours(8)));
    assertThat(token.refreshable()).isTrue();
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.url().encodedPath()).isEqualTo("/oauth/token/v2");
      assertThat(r.body().contentType().toString()).startsWith("application/json");
      assertThat(r.header("User-Agent")).isEqualTo(PodioClient.DEFAULT_USER_AGENT);
      assertThat(r.header("Authorization")).isNull();
    });
  }

  @Test
  void formEndpointOnRequest() {
    Token token = endpoint().format(TokenRequestFormat.FORM).build()
        .exchange(new Grant.Password(Fixture.MAIL, Fixture.PASSWORD));

    assertThat(token.ref()).isEqualTo(new TokenRef("user", fixture.podio.userId(Fixture.MAIL)));
    assertThat(sent).singleElement().satisfies(r -> {
      assertThat(r.url().encodedPath()).isEqualTo("/oauth/token");
      assertThat(r.body().contentType().toString()).startsWith("application/x-www-form-urlencoded");
    });
  }

  @Test
  void httpBasicClientCredentialsWithEitherFormat() {
    for (TokenRequestFormat format : TokenRequestFormat.values()) {
      sent.clear();
      Token token = endpoint().format(format).httpBasic(true).build()
          .exchange(new Grant.App(Fixture.APP_ID, Fixture.APP_TOKEN));

      assertThat(token.accessToken()).isNotBlank();
      assertThat(sent).singleElement().satisfies(r -> assertThat(r.header("Authorization")).startsWith("Basic "));
    }
  }

  @Test
  void refreshWithEitherFormatThroughTheClient() {
    for (TokenRequestFormat format : TokenRequestFormat.values()) {
      try (PodioClient client = fixture.client().tokenRequestFormat(format).build()) {
        var app = client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
        String before = app.session().orElseThrow().token().accessToken();
        fixture.podio.resetCounters();

        app.refresh();

        assertThat(fixture.podio.counters().refreshes()).isEqualTo(1);
        assertThat(app.session().orElseThrow().token().accessToken()).isNotEqualTo(before);
        assertThat(client.api(app).apps().app(Fixture.APP_ID).appId()).isEqualTo(Fixture.APP_ID);
        client.forApp(Fixture.APP_ID).signOut();
      }
    }
  }
}
