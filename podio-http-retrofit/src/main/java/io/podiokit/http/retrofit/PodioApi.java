package io.podiokit.http.retrofit;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.PodioException;
import io.podiokit.http.retrofit.api.AppService;
import io.podiokit.http.retrofit.api.FileService;
import io.podiokit.http.retrofit.api.ItemService;
import io.podiokit.http.retrofit.api.OrgService;
import io.podiokit.http.retrofit.api.UserService;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Podio's API as one {@link Authentication}: every request carries its valid token, is retried once with a fresh
 * token when Podio rejects the one sent, and fails with a typed {@link PodioException}. Get one from
 * {@link PodioClient#api(Authentication)}; all of a client's APIs share its connection pool. Cheap to create,
 * safe to share between threads.
 *
 * <p>Three ways in: typed services ({@link #users()}, {@link #orgs()}, {@link #apps()}, {@link #items()},
 * {@link #files()}), your own Retrofit interface ({@link #create(Class)}), or raw JSON for any endpoint
 * ({@link #get(String)}, {@link #post(String, Object)}, ...).
 */
public final class PodioApi {

  private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

  private final Authentication authentication;
  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final Retrofit retrofit;
  private final RateLimits rateLimits;
  private final Clock clock;

  PodioApi(Authentication authentication, OkHttpClient http, HttpUrl baseUrl, Retrofit shared, RateLimits rateLimits,
           Clock clock) {
    this.authentication = authentication;
    this.http = http;
    this.baseUrl = baseUrl;
    this.rateLimits = rateLimits;
    this.clock = clock;
    this.retrofit = shared.newBuilder()
        .callFactory(request -> http.newCall(request.newBuilder().tag(Authentication.class, authentication).build()))
        .build();
  }

  /** {@return the authentication whose token signs these calls} */
  public Authentication authentication() {
    return authentication;
  }

  /**
   * Your own Retrofit interface, signed as this authentication, with paths relative to the API URL. Methods may
   * return the result directly ({@code Space space(@Path("id") long id);}), failing with a {@link PodioException};
   * or Retrofit's {@code Call<T>} — there, a failure before any response (no token, transport) arrives as an
   * {@link IOException} whose cause is the {@link PodioException}, and error responses are left to you.
   *
   * @param <T> the interface's type
   * @param service your Retrofit interface
   * @return an implementation of {@code service}
   */
  public <T> T create(Class<T> service) {
    return retrofit.create(Objects.requireNonNull(service, "service == null"));
  }

  /** {@return the authenticated user: {@code /user/status}} */
  public UserService users() {
    return create(UserService.class);
  }

  /**
   * Organizations and their workspaces: {@code /org/}.
   *
   * @return the organizations service
   */
  public OrgService orgs() {
    return create(OrgService.class);
  }

  /**
   * Apps: {@code /app/{id}}.
   *
   * @return the apps service
   */
  public AppService apps() {
    return create(AppService.class);
  }

  /**
   * Items: get, create, update, delete, filter.
   *
   * @return the items service
   */
  public ItemService items() {
    return create(ItemService.class);
  }

  /**
   * File uploads: {@code /file/}.
   *
   * @return the files service
   */
  public FileService files() {
    return create(FileService.class);
  }

  /** {@return what Podio last said about this authentication's rate limit, if any response carried the headers yet} */
  public Optional<RateLimitStatus> rateLimit() {
    return rateLimits.of(authentication.key());
  }

  /**
   * {@code GET path} as parsed JSON: a {@code Map<String, Object>}, a {@code List<Object>}, a {@code String}, a
   * {@code Double} or a {@code Boolean}.
   *
   * @return the answer, or {@code null} if it had no body
   * @param path the path under the API URL, with any query string, e.g. {@code "/space/12/"}
   */
  public @Nullable Object get(String path) {
    return call("GET", path, null, Object.class);
  }

  /**
   * {@return {@code GET path} read as {@code type} (a record, a class, an array of either, {@code Map.class}...)}
   *
   * @param path the path relative to the API URL, e.g. {@code /item/1}
   * @param type the type to read the answer as
   * @param <T> the answer's type
   */
  public <T> T get(String path, Class<T> type) {
    return Objects.requireNonNull(call("GET", path, null, Objects.requireNonNull(type, "type == null")));
  }

  /**
   * {@return {@code POST path} with {@code body} written as JSON (a map, a record, ...; {@code null} for none)}
   *
   * @param path the path relative to the API URL
   * @param body the request body, or {@code null} for none
   */
  public @Nullable Object post(String path, @Nullable Object body) {
    return call("POST", path, body, Object.class);
  }

  /**
   * {@return {@code POST path} with {@code body} as JSON, the answer read as {@code type}}
   *
   * @param path the path relative to the API URL
   * @param body the request body, or {@code null} for none
   * @param type the type to read the answer as
   * @param <T> the answer's type
   */
  public <T> T post(String path, @Nullable Object body, Class<T> type) {
    return Objects.requireNonNull(call("POST", path, body, Objects.requireNonNull(type, "type == null")));
  }

  /**
   * {@return {@code PUT path} with {@code body} as JSON}
   *
   * @param path the path relative to the API URL
   * @param body the request body, or {@code null} for none
   */
  public @Nullable Object put(String path, @Nullable Object body) {
    return call("PUT", path, body, Object.class);
  }

  /**
   * {@return {@code PUT path} with {@code body} as JSON, the answer read as {@code type}}
   *
   * @param path the path relative to the API URL
   * @param body the request body, or {@code null} for none
   * @param type the type to read the answer as
   * @param <T> the answer's type
   */
  public <T> T put(String path, @Nullable Object body, Class<T> type) {
    return Objects.requireNonNull(call("PUT", path, body, Objects.requireNonNull(type, "type == null")));
  }

  /**
   * {@code DELETE path}; any answer body is ignored.
   *
   * @param path the path relative to the API URL
   */
  public void delete(String path) {
    call("DELETE", path, null, Void.class);
  }

  private <T> @Nullable T call(String method, String path, @Nullable Object body, Class<T> type) {
    HttpUrl url = resolve(path);
    RequestBody requestBody = body == null
        ? (method.equals("POST") || method.equals("PUT") ? RequestBody.create(new byte[0], null) : null)
        : json(body);
    Request request = new Request.Builder().url(url).method(method, requestBody)
        .tag(Authentication.class, authentication).build();
    String described = Errors.describe(request);
    try (Response response = http.newCall(request).execute()) {
      ResponseBody payload = Objects.requireNonNull(response.body());
      if (!response.isSuccessful()) {
        throw Errors.api(described, response.code(), response.headers(), response.header("Content-Type"),
            payload.string(), clock);
      }
      if (type == Void.class || response.code() == 204) {
        return null;
      }
      Converter<ResponseBody, T> converter = retrofit.responseBodyConverter(type, NO_ANNOTATIONS);
      return converter.convert(payload);
    } catch (IOException e) {
      throw Errors.of(described, e);
    }
  }

  private RequestBody json(Object body) {
    // Declared as Object, Moshi writes maps and lists by their interfaces and records and classes by their own type.
    Converter<Object, RequestBody> converter =
        retrofit.requestBodyConverter(Object.class, NO_ANNOTATIONS, NO_ANNOTATIONS);
    try {
      return Objects.requireNonNull(converter.convert(body));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("Cannot write a " + body.getClass().getName() + " as JSON: " + e.getMessage(),
          e);
    }
  }

  /** The URL of {@code path} under the API URL; never another host, so the token cannot leak. */
  private HttpUrl resolve(String path) {
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/") || path.startsWith("//")) {
      throw new IllegalArgumentException("path must start with a single '/' and be relative to the API URL, e.g. "
          + "\"/org/\", was \"" + path + "\"");
    }
    HttpUrl url = baseUrl.resolve(path.substring(1));
    if (url == null || !url.host().equals(baseUrl.host()) || url.port() != baseUrl.port()
        || !url.encodedPath().startsWith(baseUrl.encodedPath())) {
      throw new IllegalArgumentException("path must stay under the API URL " + baseUrl + ", was \"" + path + "\"");
    }
    return url;
  }

  @Override
  public String toString() {
    return "PodioApi[" + authentication.key() + ", apiUrl=" + baseUrl + "]";
  }
}
