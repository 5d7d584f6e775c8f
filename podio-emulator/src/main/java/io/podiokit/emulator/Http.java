package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Request parsing and response writing over the JDK's HTTP server. */
final class Http {

  static final String JSON = "application/json; charset=utf-8";
  static final String HTML = "text/html; charset=utf-8";
  static final int MAX_BODY = 32 * 1024 * 1024;

  private Http() {}

  /** The request body is larger than {@link #MAX_BODY}. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("request body larger than " + MAX_BODY + " bytes");
    }
  }

  static byte[] body(HttpExchange ex) throws IOException {
    InputStream in = ex.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16 * 1024];
    int n;
    while ((n = in.read(buf)) != -1) {
      out.write(buf, 0, n);
      if (out.size() > MAX_BODY) {
        throw new TooLarge();
      }
    }
    return out.toByteArray();
  }

  /** Parses {@code a=1&b=2}; a parameter given twice keeps its last value, as Podio does. */
  static Map<String, String> form(@Nullable String encoded) {
    Map<String, String> params = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return params;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.remove(name);
      params.put(name, value);
    }
    return params;
  }

  /** Percent-decodes {@code s} as in a form (for HTTP Basic credentials, which clients may form-encode). */
  static String decodeComponent(String s) {
    return s.indexOf('%') < 0 && s.indexOf('+') < 0 ? s : decode(s);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String encodeForm(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    params.forEach((k, v) -> {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(encode(k)).append('=').append(encode(v));
    });
    return sb.toString();
  }

  static String mediaType(HttpExchange ex) {
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  static @Nullable String cookie(HttpExchange ex, String name) {
    List<String> headers = ex.getRequestHeaders().get("Cookie");
    if (headers == null) {
      return null;
    }
    String found = null;
    for (String header : headers) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          found = part.substring(eq + 1).trim();
        }
      }
    }
    return found;
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (body.length > 0 || !contentType.isEmpty()) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean noBody = body.length == 0;
    ex.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  static void json(HttpExchange ex, int status, @Nullable Object body) throws IOException {
    send(ex, status, JSON, Json.write(body).getBytes(StandardCharsets.UTF_8));
  }

  static void html(HttpExchange ex, int status, String title, String bodyHtml) throws IOException {
    String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><style>body{font-family:sans-serif;max-width:32em;margin:3em auto}"
        + "label{display:block;margin:.5em 0}button{margin-right:1em}</style></head>\n<body><h1>" + escape(title)
        + "</h1>\n" + bodyHtml + "\n</body></html>\n";
    send(ex, status, HTML, page.getBytes(StandardCharsets.UTF_8));
  }

  static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    send(ex, 302, "", new byte[0]);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Podio's error body, with every field Podio sends. */
  static Map<String, @Nullable Object> errorBody(HttpExchange ex, String baseUrl, String error, String description) {
    URI uri = ex.getRequestURI();
    Map<String, @Nullable Object> request = new LinkedHashMap<>();
    request.put("url", baseUrl + uri.getRawPath());
    request.put("query_string", uri.getRawQuery() == null ? "" : uri.getRawQuery());
    request.put("method", ex.getRequestMethod());
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    body.put("error_detail", null);
    body.put("error_parameters", Map.of());
    body.put("error_propagate", false);
    body.put("request", request);
    return body;
  }

  /** Podio's error code for an HTTP status. */
  static String errorCode(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 409 -> "conflict";
      case 410 -> "gone";
      case 420, 429 -> "rate_limit";
      case 502 -> "bad_gateway";
      case 503 -> "unavailable";
      case 504 -> "gateway_timeout";
      default -> status < 500 ? "bad_request" : "server_error";
    };
  }

  /** Waits the delay of a {@code delay} or {@code late} fault. */
  static void pause(Fault fault) {
    try {
      Thread.sleep(fault.delayDuration().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Shows {@code fault}: answers (or drops) the request and returns {@code true}, or, for a delay, waits and returns
   * {@code false} so the normal answer follows. A late answer waits here too: only the token endpoint does its work
   * before the wait.
   */
  static boolean showFault(Fault fault, HttpExchange ex, String baseUrl) throws IOException {
    switch (fault.kind()) {
      case DELAY, LATE -> {
        pause(fault);
        return false;
      }
      case DROP -> {
        // Closing an exchange before its response headers are sent closes the connection without an answer.
        ex.close();
        return true;
      }
      case STATUS -> {
        int s = fault.statusCode();
        json(ex, s, errorBody(ex, baseUrl, errorCode(s), "Injected fault: the emulator answered " + s));
        return true;
      }
      case HTML -> {
        int s = fault.statusCode();
        String page = "<html>\r\n<head><title>" + s + " Error</title></head>\r\n<body>\r\n<center><h1>" + s
            + " Error</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        send(ex, s, "text/html", page.getBytes(StandardCharsets.UTF_8));
        return true;
      }
      case MALFORMED -> {
        send(ex, 200, JSON, "{\"access_token\": \"0f3c8e2b\", \"token_type\": \"bea".getBytes(StandardCharsets.UTF_8));
        return true;
      }
      case EMPTY -> {
        send(ex, fault.statusCode(), "", new byte[0]);
        return true;
      }
    }
    throw new AssertionError(fault);
  }

  /** One part of a {@code multipart/form-data} body. */
  record Part(String name, @Nullable String filename, @Nullable String contentType, byte[] data) {}

  /**
   * Splits a {@code multipart/form-data} body into its parts.
   *
   * @throws IllegalArgumentException when the body is not well-formed multipart
   */
  static List<Part> multipart(HttpExchange ex, byte[] body) {
    String boundary = boundary(ex);
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] crlfDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new IllegalArgumentException("multipart body without its boundary");
    }
    pos += delimiter.length;
    while (true) {
      if (pos + 2 <= body.length && body[pos] == '-' && body[pos + 1] == '-') {
        return parts;
      }
      pos = skipCrlf(body, pos);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headersEnd < 0) {
        throw new IllegalArgumentException("multipart part without the blank line after its headers");
      }
      String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
      int dataStart = headersEnd + 4;
      int dataEnd = indexOf(body, crlfDelimiter, dataStart);
      if (dataEnd < 0) {
        throw new IllegalArgumentException("multipart part without a closing boundary");
      }
      String name = null;
      String filename = null;
      String contentType = null;
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (header.equals("content-disposition")) {
          name = dispositionParam(value, "name");
          filename = dispositionParam(value, "filename");
        } else if (header.equals("content-type")) {
          contentType = value;
        }
      }
      if (name == null) {
        throw new IllegalArgumentException("multipart part without a name");
      }
      byte[] data = java.util.Arrays.copyOfRange(body, dataStart, dataEnd);
      parts.add(new Part(name, filename, contentType, data));
      pos = dataEnd + crlfDelimiter.length;
    }
  }

  /**
   * The boundary of a {@code multipart/form-data} request.
   *
   * @throws IllegalArgumentException when its {@code Content-Type} names none
   */
  static String boundary(HttpExchange ex) {
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    String boundary = null;
    if (ct != null) {
      for (String param : ct.split(";")) {
        String p = param.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
          boundary = p.substring("boundary=".length());
          if (boundary.length() >= 2 && boundary.startsWith("\"") && boundary.endsWith("\"")) {
            boundary = boundary.substring(1, boundary.length() - 1);
          }
        }
      }
    }
    if (boundary == null || boundary.isEmpty()) {
      throw new IllegalArgumentException("multipart/form-data without a boundary");
    }
    return boundary;
  }

  private static int skipCrlf(byte[] b, int pos) {
    return pos + 1 < b.length && b[pos] == '\r' && b[pos + 1] == '\n' ? pos + 2 : pos;
  }

  static @Nullable String dispositionParam(String disposition, String param) {
    for (String piece : disposition.split(";")) {
      String p = piece.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(param)) {
        String v = p.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
