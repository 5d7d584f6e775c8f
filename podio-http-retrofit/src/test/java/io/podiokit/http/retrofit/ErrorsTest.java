package io.podiokit.http.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.PodioApiException;
import io.podiokit.PodioError;
import io.podiokit.RateLimitException;
import io.podiokit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class ErrorsTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T10:00:00Z"));

  @Test
  void podiosErrorBodyIsReadInFull() {
    PodioError error = Json.error("{\"error\": \"not_found\", \"error_description\": \"Item not found\", "
        + "\"error_detail\": null, \"error_parameters\": {\"item_id\": 12}, \"error_propagate\": true, "
        + "\"request\": {\"url\": \"http://x/item/12\", \"query_string\": \"\", \"method\": \"GET\"}}");

    assertThat(error.error()).isEqualTo("not_found");
    assertThat(error.description()).isEqualTo("Item not found");
    assertThat(error.detail()).isNull();
    assertThat(error.parameters()).isEqualTo(Map.of("item_id", 12.0));
    assertThat(error.propagate()).isTrue();
    assertThat(error.request()).isEqualTo(new PodioError.Request("http://x/item/12", "", "GET"));
  }

  @Test
  void bodiesThatAreNotPodiosErrorsAreDescribedNotParsed() {
    assertThat(Json.error("<html><body>502 Bad Gateway</body></html>")).isNull();
    assertThat(Json.error("")).isNull();
    assertThat(Json.error("{\"error\": ")).isNull();
    assertThat(Json.error("[1, 2]")).isNull();
    assertThat(Json.describe("text/html; charset=utf-8", "<p>x</p>")).isEqualTo("an HTML page");
    assertThat(Json.describe(null, "<!DOCTYPE html><html>")).isEqualTo("an HTML page");
    assertThat(Json.describe(null, " ")).isEqualTo("an empty body");
    assertThat(Json.describe("application/json", "{\"a\": ")).isEqualTo("a body that is not a JSON object");
    assertThat(Json.describe("application/json", "{\"a\": 1}")).isEqualTo("a JSON body without Podio's error fields");
  }

  @Test
  void statusesMapToPodiosExceptionClasses() {
    Headers none = Headers.of();
    String json = "{\"error\": \"x\"}";
    assertThat(Errors.api("GET /a", 400, none, null, json, clock)).isInstanceOf(PodioApiException.BadRequestException.class);
    assertThat(Errors.api("GET /a", 502, none, "text/html", "<html></html>", clock))
        .isInstanceOf(PodioApiException.UnavailableException.class)
        .hasMessage("GET /a (answered with an HTML page, not Podio's JSON error) failed: HTTP 502. Podio is "
            + "unavailable; retry later.");
    assertThat(Errors.api("GET /a", 418, none, null, "", clock)).isExactlyInstanceOf(PodioApiException.class);
  }

  @Test
  void rateLimitCarriesTheHeaders() {
    Headers headers = Headers.of("X-Rate-Limit-Limit", "250", "X-Rate-Limit-Remaining", "0", "Retry-After", "30");

    assertThat(Errors.api("POST /item/app/1/", 420, headers, null, "", clock))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.limit()).hasValue(250);
          assertThat(e.remaining()).hasValue(0);
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(30));
        });
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertThat(Errors.retryAfter(Headers.of("Retry-After", "120"), clock)).isEqualTo(Duration.ofMinutes(2));
    assertThat(Errors.retryAfter(Headers.of("Retry-After", "Thu, 01 Jan 2026 10:00:45 GMT"), clock))
        .isEqualTo(Duration.ofSeconds(45));
    assertThat(Errors.retryAfter(Headers.of("Retry-After", "Thu, 01 Jan 2026 09:00:00 GMT"), clock))
        .isEqualTo(Duration.ZERO);
    assertThat(Errors.retryAfter(Headers.of("Retry-After", "soon"), clock)).isNull();
    assertThat(Errors.retryAfter(Headers.of(), clock)).isNull();
  }

  @Test
  void backoffIsJitteredAndBounded() {
    for (int attempt = 1; attempt <= 30; attempt++) {
      Duration wait = Backoff.exponential(attempt, Duration.ofMillis(200), Duration.ofSeconds(2));
      long ceiling = Math.min(200L << Math.min(attempt - 1, 20), 2000);
      assertThat(wait.toMillis()).isBetween(ceiling / 2, ceiling);
      assertThat(Backoff.atLeast(Duration.ofSeconds(10))).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11));
    }
  }

  @Test
  void onlyATokenProblemCountsAsARejectedToken() throws Exception {
    assertThat(SigningInterceptor.tokenRejected(response(Headers.of("WWW-Authenticate",
        "Bearer realm=\"podio\", error=\"expired_token\""), ""))).isTrue();
    assertThat(SigningInterceptor.tokenRejected(response(Headers.of(),
        "{\"error\": \"unauthorized\", \"error_description\": \"expired_token\"}"))).isTrue();
    assertThat(SigningInterceptor.tokenRejected(response(Headers.of(), "{\"error\": \"invalid_token\"}"))).isTrue();
    assertThat(SigningInterceptor.tokenRejected(response(Headers.of(),
        "{\"error\": \"unauthorized\", \"error_description\": \"No access token given\"}"))).isFalse();
    assertThat(SigningInterceptor.tokenRejected(response(Headers.of(), "<html>401</html>"))).isFalse();
  }

  private static Response response(Headers headers, String body) {
    return new Response.Builder().request(new Request.Builder().url("https://api.podio.com/x").build())
        .protocol(Protocol.HTTP_1_1).code(401).message("Unauthorized").headers(headers)
        .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
  }
}
