package io.podiokit.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Talks to an emulator over real HTTP, as a browser (with cookies, not following redirects) or an API client. */
final class Wire {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

  final HttpClient http;
  final URI base;

  Wire(PodioEmulator emulator) {
    this.base = emulator.baseUrl();
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
  }

  HttpRequest.Builder request(String pathOrUrl) {
    URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Like {@link #send} but lets the I/O failure through, for dropped connections. */
  HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> postForm(String path, Map<String, String> params) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(Http.encodeForm(params))).build());
  }

  HttpResponse<String> postFormBasic(String path, Map<String, String> params, String user, String password) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Basic " + basic)
        .POST(HttpRequest.BodyPublishers.ofString(Http.encodeForm(params))).build());
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** An API call with {@code Authorization: OAuth2 <token>} (no header when {@code token} is null). */
  HttpResponse<String> api(String method, String path, @Nullable String token, @Nullable String json) {
    HttpRequest.Builder b = request(path);
    if (token != null) {
      b.header("Authorization", "OAuth2 " + token);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return send(b.build());
  }

  HttpResponse<String> apiGet(String path, @Nullable String token) {
    return api("GET", path, token, null);
  }

  /** A token for the password grant over {@code /oauth/token/v2}. */
  Map<String, Object> password(String clientId, String secret, String user, String password) {
    return ok(postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "password", "client_id", clientId,
        "client_secret", secret, "username", user, "password", password))));
  }

  /** A token for the app grant over {@code /oauth/token/v2}. */
  Map<String, Object> app(String clientId, String secret, long appId, String appToken) {
    return ok(postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "app", "client_id", clientId,
        "client_secret", secret, "app_id", appId, "app_token", appToken))));
  }

  HttpResponse<String> refresh(String clientId, String secret, String refreshToken) {
    return postJson("/oauth/token/v2", Json.write(Map.of("grant_type", "refresh_token", "client_id", clientId,
        "client_secret", secret, "refresh_token", refreshToken)));
  }

  static Map<String, Object> ok(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
    }
    return object(response.body());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return (Map<String, Object>) Json.parse(json);
  }

  @SuppressWarnings("unchecked")
  static List<Object> array(String json) {
    return (List<Object>) Json.parse(json);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(@Nullable Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(@Nullable Object value) {
    return (List<Object>) value;
  }

  /** The hidden fields of the first form on an HTML page. */
  static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      fields.put(unescape(m.group(1)), unescape(m.group(2)));
    }
    return fields;
  }

  private static String unescape(String s) {
    return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The query (or fragment) parameters of a redirect location. */
  static Map<String, String> params(String encoded) {
    return Http.form(encoded);
  }

  static List<String> keys(Map<String, Object> m) {
    return new ArrayList<>(m.keySet());
  }
}
