package io.podiokit.http.retrofit;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.podiokit.PodioError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The one Moshi instance of this module, and Podio's error body read leniently. */
final class Json {

  static final Moshi MOSHI = new Moshi.Builder().add(new RecordJsonAdapterFactory()).build();

  private static final JsonAdapter<Object> ANY = MOSHI.adapter(Object.class);

  private Json() {}

  /** {@code text} parsed as any JSON value (maps, lists, strings, doubles, booleans). */
  static @Nullable Object parse(String text) throws IOException {
    return ANY.fromJson(text);
  }

  /** {@code text} as a JSON object, or {@code null} if it is not one (HTML, empty, truncated, an array...). */
  static @Nullable Map<String, Object> object(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      Object value = parse(text);
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Podio's error body ({@code error}, {@code error_description}, ...), or {@code null} if the body is not one. */
  static @Nullable PodioError error(String body) {
    Map<String, Object> map = object(body);
    if (map == null || !(map.get("error") instanceof String error) || error.isBlank()) {
      return null;
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (map.get("error_parameters") instanceof Map<?, ?> params) {
      params.forEach((k, v) -> {
        if (v != null) {
          parameters.put(String.valueOf(k), v);
        }
      });
    }
    PodioError.Request request = null;
    if (map.get("request") instanceof Map<?, ?> r) {
      request = new PodioError.Request(text(r.get("url")), text(r.get("query_string")), text(r.get("method")));
    }
    return new PodioError(error, text(map.get("error_description")), text(map.get("error_detail")), parameters,
        Boolean.TRUE.equals(map.get("error_propagate")), request);
  }

  /** A JSON value as text: strings as they are, numbers without a spurious {@code .0}, others as JSON-ish text. */
  static @Nullable String text(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return value.toString();
  }

  /** What kind of body {@code body} is, for messages: never its content, which may hold anything. */
  static String describe(@Nullable String contentType, String body) {
    if (body.isBlank()) {
      return "an empty body";
    }
    String start = body.stripLeading();
    boolean html = (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html"))
        || start.regionMatches(true, 0, "<!doctype", 0, 9) || start.regionMatches(true, 0, "<html", 0, 5);
    if (html) {
      return "an HTML page";
    }
    return object(body) == null ? "a body that is not a JSON object" : "a JSON body without Podio's error fields";
  }
}
