package io.podiokit.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An API call as the emulator received it, for tests to check what a client sent. The {@code Authorization} header
 * is never kept.
 *
 * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param path the decoded path, e.g. {@code /item/100001}
 * @param query the raw query string, empty when there is none
 * @param contentType the request's {@code Content-Type}, or {@code null}
 * @param body the first {@value #MAX_KEPT} bytes of the body
 * @param bodyLength the body's whole length in bytes ({@code -1} when the handler did not read it)
 * @param status the status the emulator answered
 */
public record RecordedRequest(String method, String path, String query, @Nullable String contentType, byte[] body,
                              long bodyLength, int status) {

  /** How many bytes of a body are kept. */
  public static final int MAX_KEPT = 1 << 20;

  /** {@return the query parameters (the last value of each, decoded)} */
  public Map<String, String> queryParams() {
    return Http.form(query);
  }

  /** {@return the body as UTF-8 text} */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body parsed as JSON: objects as ordered {@code Map<String, Object>}, arrays as {@code List<Object>}, whole
   * numbers as {@code Long}, others as {@code Double}; {@code null} for an empty body.
   *
   * @return the body parsed as JSON: objects as ordered {@code Map<String, Object>}, arrays as {@code List<Object>},
   *     whole
   * @throws IllegalStateException when the body is not JSON
   */
  public @Nullable Object json() {
    String text = bodyText();
    if (text.isBlank()) {
      return null;
    }
    try {
      return Json.parse(text);
    } catch (Json.ParseException e) {
      throw new IllegalStateException("the body is not JSON: " + e.getMessage(), e);
    }
  }

  /** {@code "METHOD path?query"}, the way logs show a request. */
  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
  }
}
