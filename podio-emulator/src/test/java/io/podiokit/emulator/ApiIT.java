package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiIT {

  static final String CLIENT = "api-client";
  static final String SECRET = "api-secret-2b9d";
  static final String MAIL = "grace@example.com";
  static final String PASSWORD = "grace-password-4e1a";

  PodioEmulator podio;
  Wire wire;
  String userToken;
  String appToken;

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().client(CLIENT, SECRET).app(1001L, "token-1001", "Projects")
        .app(1002L, "token-1002").user(MAIL, PASSWORD, "Grace Hopper").rateLimit(50).start();
    wire = new Wire(podio);
    userToken = (String) wire.password(CLIENT, SECRET, MAIL, PASSWORD).get("access_token");
    appToken = (String) wire.app(CLIENT, SECRET, 1001L, "token-1001").get("access_token");
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private static Map<String, Object> error(HttpResponse<String> r, int status, String error) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    Map<String, Object> body = Wire.object(r.body());
    assertThat(body).containsEntry("error", error).containsKeys("error_description", "error_detail",
        "error_parameters", "error_propagate", "request");
    return body;
  }

  private List<Object> items(long appId, String token) {
    return Wire.list(Wire.ok(wire.api("POST", "/item/app/" + appId + "/filter/", token, "{}")).get("items"));
  }

  @Test
  void userStatusDescribesTheSignedInUser() {
    Map<String, Object> status = Wire.ok(wire.apiGet("/user/status", userToken));

    assertThat(Wire.map(status.get("user"))).containsEntry("user_id", podio.userId(MAIL)).containsEntry("mail", MAIL);
    assertThat(Wire.map(status.get("profile"))).containsEntry("name", "Grace Hopper");
  }

  @Test
  void orgsListTheUsersOrganizationWithItsSpaces() {
    List<Object> orgs = Wire.array(wire.apiGet("/org/", userToken).body());

    assertThat(orgs).hasSize(1);
    Map<String, Object> org = Wire.map(orgs.get(0));
    assertThat(org).containsKeys("org_id", "name");
    assertThat(Wire.list(org.get("spaces"))).singleElement().satisfies(s -> assertThat(Wire.map(s))
        .containsKeys("space_id", "name"));
  }

  @Test
  void appHasItsIdAndConfigName() {
    Map<String, Object> app = Wire.ok(wire.apiGet("/app/1001", userToken));

    assertThat(app).containsEntry("app_id", 1001L);
    assertThat(Wire.map(app.get("config"))).containsEntry("name", "Projects");
    assertThat(Wire.map(Wire.ok(wire.apiGet("/app/1002", userToken)).get("config"))).containsEntry("name",
        "App 1002");
    error(wire.apiGet("/app/999", userToken), 404, "not_found");
  }

  @Test
  void itemsCanBeFilteredCreatedReadUpdatedAndDeleted() {
    List<Object> seeded = items(1001L, userToken);
    assertThat(seeded).hasSize(3).allSatisfy(i -> assertThat(Wire.map(i)).containsKeys("item_id", "app_item_id",
        "title", "fields"));

    Map<String, Object> created = Wire.ok(wire.api("POST", "/item/app/1001/", userToken,
        "{\"fields\": {\"title\": \"Write the emulator\"}}"));
    long itemId = (Long) created.get("item_id");
    assertThat(created).containsEntry("app_item_id", 4L).containsEntry("title", "Write the emulator");

    Map<String, Object> read = Wire.ok(wire.apiGet("/item/" + itemId, userToken));
    assertThat(read).containsEntry("item_id", itemId).containsEntry("title", "Write the emulator");
    Map<String, Object> field = Wire.map(Wire.list(read.get("fields")).get(0));
    assertThat(field).containsEntry("external_id", "title");
    assertThat(Wire.list(field.get("values"))).containsExactly(Map.of("value", "Write the emulator"));
    assertThat(Wire.map(read.get("app"))).containsEntry("app_id", 1001L);

    Map<String, Object> updated = Wire.ok(wire.api("PUT", "/item/" + itemId, userToken,
        "{\"fields\": [{\"external_id\": \"title\", \"values\": [{\"value\": \"Test it\"}]}]}"));
    assertThat(updated).containsEntry("revision", 1L).containsEntry("title", "Test it");
    assertThat(Wire.ok(wire.apiGet("/item/" + itemId, userToken))).containsEntry("title", "Test it");

    HttpResponse<String> deleted = wire.api("DELETE", "/item/" + itemId, userToken, null);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    error(wire.apiGet("/item/" + itemId, userToken), 404, "not_found");
    assertThat(items(1001L, userToken)).hasSize(3);
  }

  @Test
  void filterPagesWithLimitAndOffset() {
    Map<String, Object> page = Wire.ok(wire.api("POST", "/item/app/1001/filter/", userToken,
        "{\"limit\": 2, \"offset\": 1}"));

    assertThat(page).containsEntry("total", 3L).containsEntry("filtered", 3L);
    assertThat(Wire.list(page.get("items"))).extracting(i -> Wire.map(i).get("app_item_id")).containsExactly(2L, 3L);
    error(wire.api("POST", "/item/app/1001/filter/", userToken, "{\"limit\": 0}"), 400, "invalid_value");
  }

  @Test
  void badItemBodiesAreRefused() {
    error(wire.api("POST", "/item/app/1001/", userToken, "{not json"), 400, "invalid_value");
    error(wire.api("POST", "/item/app/1001/", userToken, "{\"fields\": {\"colour\": \"red\"}}"), 400,
        "invalid_value");
    error(wire.apiGet("/item/abc", userToken), 400, "invalid_value");
  }

  @Test
  void appTokensOnlySeeTheirOwnApp() {
    assertThat(wire.apiGet("/app/1001", appToken).statusCode()).isEqualTo(200);
    assertThat(items(1001L, appToken)).hasSize(3);
    long otherItem = (Long) Wire.map(items(1002L, userToken).get(0)).get("item_id");

    error(wire.apiGet("/app/1002", appToken), 403, "forbidden");
    error(wire.apiGet("/item/" + otherItem, appToken), 403, "forbidden");
    error(wire.api("POST", "/item/app/1002/filter/", appToken, "{}"), 403, "forbidden");
    error(wire.api("POST", "/item/app/1002/", appToken, "{}"), 403, "forbidden");
    error(wire.apiGet("/user/status", appToken), 403, "forbidden");
    error(wire.apiGet("/org/", appToken), 403, "forbidden");
    assertThat(wire.apiGet("/item/" + otherItem, userToken).statusCode()).isEqualTo(200);
  }

  @Test
  void missingInvalidAndExpiredTokensAreRefusedWithPodiosBodiesAndHeader() {
    HttpResponse<String> missing = wire.apiGet("/user/status", null);
    HttpResponse<String> bearer = wire.send(wire.request("/user/status").header("Authorization",
        "Bearer " + userToken).GET().build());
    HttpResponse<String> invalid = wire.apiGet("/user/status", "not-a-token");
    podio.advanceClock(Duration.ofHours(8));
    HttpResponse<String> expired = wire.apiGet("/user/status", userToken);

    error(missing, 401, "unauthorized");
    error(bearer, 401, "unauthorized");
    error(invalid, 401, "invalid_token");
    assertThat(invalid.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"podio\", error=\"invalid_token\"");
    assertThat(error(expired, 401, "unauthorized")).containsEntry("error_description", "expired_token");
    assertThat(expired.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"podio\", error=\"expired_token\"");
    assertThat(podio.counters().rejectedTokens()).isEqualTo(4);
    assertThat(podio.counters().apiFailures()).isEqualTo(4);
    assertThat(podio.counters().apiCalls()).isEqualTo(4);
  }

  @Test
  void expireAccessTokensExpiresEveryIssuedTokenButRefreshStillWorks() {
    String refreshToken = (String) wire.password(CLIENT, SECRET, MAIL, PASSWORD).get("refresh_token");

    podio.expireAccessTokens();

    assertThat(Wire.object(wire.apiGet("/user/status", userToken).body())).containsEntry("error_description",
        "expired_token");
    assertThat(wire.apiGet("/app/1001", appToken).statusCode()).isEqualTo(401);
    String fresh = (String) Wire.ok(wire.refresh(CLIENT, SECRET, refreshToken)).get("access_token");
    assertThat(wire.apiGet("/user/status", fresh).statusCode()).isEqualTo(200);
  }

  @Test
  void rateLimitHeadersOnEveryResponseAnd420WhenExceeded() {
    for (int i = 1; i <= 50; i++) {
      HttpResponse<String> r = wire.apiGet("/app/1001", userToken);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Rate-Limit-Limit")).hasValue("50");
      assertThat(r.headers().firstValue("X-Rate-Limit-Remaining")).hasValue(Integer.toString(50 - i));
    }

    HttpResponse<String> limited = wire.apiGet("/app/1001", userToken);

    error(limited, 420, "rate_limit");
    assertThat(limited.headers().firstValue("X-Rate-Limit-Remaining")).hasValue("0");
    assertThat(wire.apiGet("/app/1001", appToken).statusCode()).as("another authentication").isEqualTo(200);
    assertThat(podio.counters().rateLimited()).isEqualTo(1);
    podio.advanceClock(Duration.ofHours(1));
    assertThat(wire.apiGet("/app/1001", userToken).headers().firstValue("X-Rate-Limit-Remaining")).hasValue("49");
  }

  @Test
  void fileUploadTakesMultipartSourceAndFilename() {
    byte[] content = new byte[70_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    System.arraycopy("\r\n--boundary-ab\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0, content, 100, 18);

    HttpResponse<String> r = upload(content, "report.pdf", "application/pdf");

    Map<String, Object> file = Wire.ok(r);
    assertThat(file).containsKeys("file_id", "link").containsEntry("name", "report.pdf")
        .containsEntry("size", 70_000L).containsEntry("mimetype", "application/pdf");
    assertThat(Wire.ok(wire.apiGet("/file/" + file.get("file_id"), userToken))).isEqualTo(file);
    error(upload(content, null, null), 400, "invalid_value");
    error(wire.api("POST", "/file/", userToken, "{}"), 400, "invalid_value");
  }

  private HttpResponse<String> upload(byte[] content, String filename, String mimetype) {
    String boundary = "boundary-abc";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"; filename=\"x\"\r\n"
        + (mimetype == null ? "" : "Content-Type: " + mimetype + "\r\n") + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    if (filename != null) {
      body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\n"
          + filename).getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return wire.send(wire.request("/file/").header("Authorization", "OAuth2 " + userToken)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  @Test
  void unknownOperationsAnswerNotFound() {
    error(wire.apiGet("/no-such-area/1", userToken), 404, "not_found");
    error(wire.api("PATCH", "/item/1", userToken, null), 404, "not_found");
  }
}
