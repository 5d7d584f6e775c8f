package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import com.squareup.moshi.JsonDataException;
import io.podiokit.api.app.App;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How the client reads Podio's partial views into records. */
class RecordReadingTest {

  /** A record shaped like podio-api's. */
  public record Thing(@com.squareup.moshi.Json(name = "thing_id") long thingId, @Nullable String title, List<String> tags,
                      Map<String, Object> config, @com.squareup.moshi.Json(name = "owner") @Nullable Owner owner) {}

  /** A nested record with a required reference. */
  public record Owner(String name) {}

  /** A generic page. */
  public record Page<T>(long total, List<T> items) {}

  private static <T> T read(String json, Class<T> type) throws IOException {
    return Json.MOSHI.adapter(type).fromJson(json);
  }

  @Test
  void aMicroViewReadsWithEmptyCollectionsAndNulls() throws IOException {
    Thing thing = read("{\"thing_id\": 7}", Thing.class);
    assertThat(thing.thingId()).isEqualTo(7);
    assertThat(thing.title()).isNull();
    assertThat(thing.tags()).isEmpty();
    assertThat(thing.config()).isEmpty();
    assertThat(thing.owner()).isNull();
  }

  @Test
  void nullCollectionsReadAsEmptyAndUnknownKeysAreIgnored() throws IOException {
    Thing thing = read("{\"thing_id\": 7, \"tags\": null, \"config\": null, \"new_in_2027\": {\"x\": [1, 2]},"
        + " \"title\": \"t\", \"owner\": {\"name\": \"Ada\", \"extra\": true}}", Thing.class);
    assertThat(thing.tags()).isEmpty();
    assertThat(thing.title()).isEqualTo("t");
    assertThat(thing.owner()).isEqualTo(new Owner("Ada"));
  }

  @Test
  void aMissingIdentityFieldFailsNamingIt() {
    assertThatThrownBy(() -> read("{\"title\": \"no id\"}", Thing.class))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("thing_id");
    assertThatThrownBy(() -> read("{\"thing_id\": 1, \"owner\": {}}", Thing.class))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("name");
  }

  @Test
  void writingUsesJsonNamesAndLeavesNullsOut() {
    String json = Json.MOSHI.adapter(Thing.class).toJson(new Thing(3, null, List.of("a"), Map.of(), null));
    assertThat(json).isEqualTo("{\"thing_id\":3,\"tags\":[\"a\"],\"config\":{}}");
  }

  @Test
  void genericRecordsResolveTheirTypeArguments() throws IOException {
    @SuppressWarnings("unchecked")
    Page<Owner> page = (Page<Owner>) Json.MOSHI.adapter(
        com.squareup.moshi.Types.newParameterizedTypeWithOwner(RecordReadingTest.class, Page.class, Owner.class))
        .fromJson("{\"total\": 2, \"items\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}");
    assertThat(page.items()).containsExactly(new Owner("a"), new Owner("b"));
  }

  @Test
  void theClientsConverterReadsPodioApiRecordsThisWay() throws IOException {
    // GET /app without space_id or fields: the record still reads, with an empty field list.
    App app = StrictJsonConverterFactory.read(ResponseBody.create("{\"app_id\": 5, \"config\": {\"name\": \"Deals\"}}",
        MediaType.get("application/json")), body -> Json.MOSHI.adapter(App.class).fromJson(body.source()));
    assertThat(app.appId()).isEqualTo(5);
    assertThat(app.spaceId()).isNull();
    assertThat(app.fields()).isEmpty();
  }
}
