package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.emulator.EmulatorState.Ref;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One API call as a route handler sees it: who is calling ({@link #caller()}), the path parameters, the query, and
 * the body read as JSON, a form or multipart parts. Typed accessors answer Podio's 400 {@code invalid_value} for a
 * missing or malformed value.
 */
final class ApiRequest {

  private final HttpExchange exchange;
  private final Ref caller;
  private final Map<String, String> params;
  private final Map<String, String> query;
  private byte @Nullable [] body;
  private @Nullable JournaledStream stream;

  ApiRequest(HttpExchange exchange, Ref caller, Map<String, String> params) {
    this.exchange = exchange;
    this.caller = caller;
    this.params = params;
    this.query = Http.form(exchange.getRequestURI().getRawQuery());
  }

  /** {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}. */
  String method() {
    return exchange.getRequestMethod();
  }

  /** Who the access token belongs to: a user ({@code user}, user id) or an app ({@code app}, app id). */
  Ref caller() {
    return caller;
  }

  /** The calling user's id; an app authentication gets Podio's 403 for operations only users may call. */
  long userId() {
    if (caller.isApp()) {
      throw ApiError.forbidden("Authentication as app is not allowed for this method");
    }
    return caller.id();
  }

  /** The path parameter {@code name} ({@code {name}} in the route's pattern). */
  String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalStateException("the route has no path parameter {" + name + "}");
    }
    return value;
  }

  /** The path parameter {@code name} as a whole number; 400 when it is not one. */
  long id(String name) {
    return parseLong(param(name), name);
  }

  /** A comma-joined list of ids in one path segment, such as {@code /contact/{profile_ids}}. */
  List<Long> ids(String name) {
    List<Long> out = new ArrayList<>();
    for (String part : param(name).split(",")) {
      if (!part.isBlank()) {
        out.add(parseLong(part.trim(), name));
      }
    }
    if (out.isEmpty()) {
      throw ApiError.invalid("Invalid value for " + name + ": no ids given");
    }
    return out;
  }

  /** A query parameter, or {@code null}. */
  @Nullable String query(String name) {
    return query.get(name);
  }

  /** A query parameter, or {@code fallback}. */
  String query(String name, String fallback) {
    String value = query.get(name);
    return value == null ? fallback : value;
  }

  /** A whole-number query parameter, or {@code fallback}; 400 when it is not a number. */
  long queryLong(String name, long fallback) {
    String value = query.get(name);
    return value == null || value.isEmpty() ? fallback : parseLong(value, name);
  }

  /** A boolean query parameter ({@code 1}/{@code true} or {@code 0}/{@code false}), or {@code fallback}. */
  boolean queryFlag(String name, boolean fallback) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    return value.equals("1") || value.equalsIgnoreCase("true");
  }

  /** Every query parameter (the last value of each). */
  Map<String, String> queryParams() {
    return query;
  }

  /** The raw body. */
  byte[] body() throws IOException {
    if (body == null) {
      if (stream != null) {
        throw new IllegalStateException("the body was read as a stream");
      }
      body = Http.body(exchange);
    }
    return body;
  }

  /**
   * The body as a stream, for bodies too large to hold (uploads), instead of {@link #body()}; the journal keeps its
   * first {@value RecordedRequest#MAX_KEPT} bytes and its length.
   */
  InputStream bodyStream() {
    if (body != null || stream != null) {
      throw new IllegalStateException("the body was already read");
    }
    stream = new JournaledStream(exchange.getRequestBody());
    return stream;
  }

  /** The body if a handler read it (its first bytes when streamed), for the journal. */
  byte @Nullable [] bodyIfRead() {
    return body != null ? body : stream != null ? stream.kept.toByteArray() : null;
  }

  /** How many bytes of the body a handler read, or {@code -1} when it read none. */
  long bodyLength() {
    return body != null ? body.length : stream != null ? stream.count : -1;
  }

  /** The body's {@code multipart/form-data} parts, streamed; 400 when the body is not multipart. */
  MultipartStream multipart() {
    if (!Http.mediaType(exchange).equals("multipart/form-data")) {
      throw ApiError.invalid("Send this as multipart/form-data");
    }
    try {
      return new MultipartStream(bodyStream(), Http.boundary(exchange));
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Malformed multipart body: " + e.getMessage());
    }
  }

  /** The body as a JSON value ({@code null} when empty); 400 when it is not JSON. */
  @Nullable Object json() throws IOException {
    String text = new String(body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (Json.ParseException e) {
      throw ApiError.invalid("The body is not valid JSON: " + e.getMessage());
    }
  }

  /** The body as a JSON object; an empty body reads as an empty object; 400 for anything else. */
  Map<String, @Nullable Object> object() throws IOException {
    Object parsed = json();
    if (parsed == null) {
      return new LinkedHashMap<>();
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw ApiError.invalid("The body must be a JSON object");
    }
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  /** The body as a JSON array; 400 for anything else. */
  List<@Nullable Object> array() throws IOException {
    Object parsed = json();
    if (!(parsed instanceof List<?> list)) {
      throw ApiError.invalid("The body must be a JSON array");
    }
    return new ArrayList<>(list);
  }

  /** The body's {@code multipart/form-data} parts; 400 when the body is not multipart. */
  List<Http.Part> parts() throws IOException {
    if (!Http.mediaType(exchange).equals("multipart/form-data")) {
      throw ApiError.invalid("Send this as multipart/form-data");
    }
    try {
      return Http.multipart(exchange, body());
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Malformed multipart body: " + e.getMessage());
    }
  }

  /** A request header, or {@code null}. */
  @Nullable String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** A request body read as it arrives, counted, its start kept for the journal. */
  private static final class JournaledStream extends FilterInputStream {
    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long count;

    JournaledStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        keep(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        keep(b, off, n);
      }
      return n;
    }

    private void keep(byte[] b, int off, int n) {
      count += n;
      int room = RecordedRequest.MAX_KEPT - kept.size();
      if (room > 0) {
        kept.write(b, off, Math.min(room, n));
      }
    }
  }

  static long parseLong(String text, String name) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiError.invalid("Invalid value for " + name + ": '" + text + "' is not a number");
    }
  }
}
