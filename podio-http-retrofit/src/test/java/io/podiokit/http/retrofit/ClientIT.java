package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.Authentication;
import io.podiokit.PodioApiException;
import io.podiokit.api.item.Item;
import io.podiokit.api.item.ItemCreated;
import io.podiokit.api.item.ItemFilter;
import io.podiokit.api.item.ItemPage;
import io.podiokit.api.item.ItemService;
import io.podiokit.api.item.ItemUpdated;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.user.UserStatus;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.http.GET;

/** The client's API surface: typed services, a user's own interface, raw calls, headers, a shared HTTP client. */
class ClientIT {

  private final Fixture fixture = new Fixture();
  private final List<Request> sent = new CopyOnWriteArrayList<>();
  private final OkHttpClient shared = new OkHttpClient.Builder()
      .addNetworkInterceptor(chain -> {
        sent.add(chain.request());
        return chain.proceed(chain.request());
      }).build();
  private final PodioClient client = fixture.client().okHttpClient(shared).build();

  @AfterEach
  void close() {
    client.close();
    fixture.close();
  }

  @Test
  void itemsAreCreatedReadUpdatedFilteredAndDeleted() {
    ItemService items = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN)).items();

    ItemCreated created = items.create(Fixture.APP_ID, ItemValues.builder().text("title", "Buy milk").build());
    Item read = items.item(created.itemId());
    ItemUpdated updated = items.update(created.itemId(), ItemValues.builder().text("title", "Buy oat milk").build());
    ItemPage page = items.filter(Fixture.APP_ID, ItemFilter.first(500));
    items.delete(created.itemId());

    assertThat(read.title()).isEqualTo("Buy milk");
    assertThat(read.fields()).singleElement().satisfies(f -> assertThat(f.externalId()).isEqualTo("title"));
    assertThat(updated.title()).isEqualTo("Buy oat milk");
    assertThat(updated.revision()).isGreaterThan(read.revision());
    assertThat(page.items()).extracting(Item::itemId).contains(created.itemId());
    assertThat(page.total()).isEqualTo(page.items().size());
    assertThatThrownBy(() -> items.item(created.itemId())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  /** A user's own Retrofit interface. */
  interface Mine {
    @GET("user/status")
    UserStatus me();

    @GET("user/status")
    retrofit2.Call<UserStatus> meLater();
  }

  @Test
  void ownRetrofitInterfacesAreSigned() throws Exception {
    PodioApi api = client.api(client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD));
    Mine mine = api.create(Mine.class);

    assertThat(mine.me().user().mail()).isEqualTo(Fixture.MAIL);
    assertThat(mine.meLater().execute().body().profile().name()).isEqualTo(Fixture.NAME);
  }

  @Test
  void rawCallsReachAnyEndpoint() {
    PodioApi api = client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN));

    Object created = api.post("/item/app/" + Fixture.APP_ID + "/", Map.of("fields", Map.of("title", "raw")));
    long itemId = ((Number) ((Map<?, ?>) created).get("item_id")).longValue();
    Item typed = api.get("/item/" + itemId, Item.class);
    api.put("/item/" + itemId, ItemValues.builder().text("title", "raw, changed").build());
    api.delete("/item/" + itemId);

    assertThat(typed.title()).isEqualTo("raw");
    assertThatThrownBy(() -> api.get("/item/" + itemId)).isInstanceOf(PodioApiException.NotFoundException.class);
    assertThatThrownBy(() -> api.get("//elsewhere.example/x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> api.get("http://elsewhere.example/x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requestsCarryTheTokenUserAgentAndDryRunHeader() {
    try (PodioClient dry = fixture.client().okHttpClient(shared).dryRun(true).userAgent("tasks/2.0 podiokit").build()) {
      Authentication app = dry.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN);
      sent.clear();

      dry.api(app).apps().app(Fixture.APP_ID);

      assertThat(sent).singleElement().satisfies(r -> {
        assertThat(r.header("Authorization"))
            .isEqualTo("OAuth2 " + app.session().orElseThrow().token().accessToken());
        assertThat(r.header("X-Podio-Dry-Run")).isEqualTo("true");
        assertThat(r.header("User-Agent")).isEqualTo("tasks/2.0 podiokit");
      });
    }
    sent.clear();
    client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN)).apps().app(Fixture.APP_ID);
    assertThat(sent).last().satisfies(r -> {
      assertThat(r.header("X-Podio-Dry-Run")).isNull();
      assertThat(r.header("User-Agent")).matches("podiokit/\\d+\\.\\d+\\.\\d+.*");
    });
  }

  @Test
  void authenticationsShareOneConnectionPool() {
    client.api(client.authenticateWithApp(Fixture.APP_ID, Fixture.APP_TOKEN)).apps().app(Fixture.APP_ID);
    client.api(client.authenticateWithPassword(Fixture.MAIL, Fixture.PASSWORD)).users().status();

    assertThat(shared.connectionPool().connectionCount()).isBetween(1, 2);
    client.close();
    assertThat(shared.dispatcher().executorService().isShutdown()).as("a shared client stays open").isFalse();
  }
}
