package io.podiokit.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.podiokit.AuthorizationRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the two web examples share: a loopback HTTP server, a per-browser cookie, pages and pending requests. */
final class Web {

  /** The cookie that tells browsers apart. */
  static final String BROWSER_COOKIE = "podio_example_browser";
  private static final int MAX_PENDING = 10_000;
  private static final Pattern LOOPBACK_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI url;
  /** The authorization each browser started and has not finished, by browser; the oldest go past the cap. */
  private final Map<String, AuthorizationRequest> pending = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AuthorizationRequest> eldest) {
          return size() > MAX_PENDING;
        }
      });

  private Web(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
    this.url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /**
   * Listens on 127.0.0.1:{@code port} (0 for a free one) with {@code handler} for every path.
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  static Web start(int port, String name, com.sun.net.httpserver.HttpHandler handler) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " (is the port in use? set "
          + "PODIO_EXAMPLE_PORT to another one, or to 0 for any free port)", e);
    }
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    server.createContext("/", exchange -> {
      try (exchange) {
        handler.handle(exchange);
      } catch (RuntimeException e) {
        page(exchange, 500, "Something went wrong", "<p>" + escape(String.valueOf(e.getMessage())) + "</p>");
      }
    });
    server.setExecutor(executor);
    server.start();
    return new Web(server, executor);
  }

  /** Where the server listens: {@code http://127.0.0.1:PORT/}. */
  URI url() {
    return url;
  }

  /** Stops listening and drops open connections. */
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Remembers the authorization {@code browser} was sent to. */
  void startedAuthorization(String browser, AuthorizationRequest request) {
    pending.put(browser, request);
  }

  /** Takes the authorization {@code browser} started, if any: each can be completed once. */
  @Nullable AuthorizationRequest finishAuthorization(String browser) {
    return pending.remove(browser);
  }

  /**
   * This page's address as the browser sees it (from the Host header, when it is a loopback host), so that the
   * callback comes back to the host that holds the browser's cookie.
   */
  URI base(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    return host != null && LOOPBACK_HOST.matcher(host).matches() ? URI.create("http://" + host + "/") : url;
  }

  /**
   * The browser's id from its cookie; a new random one, set as a cookie on the response, for a browser that has none.
   * This example has no user accounts of its own, so a browser is a user; your application would use its own user id.
   */
  static String browser(HttpExchange exchange) {
    String cookies = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookies != null) {
      for (String cookie : cookies.split(";")) {
        String c = cookie.trim();
        if (c.startsWith(BROWSER_COOKIE + "=") && c.length() > BROWSER_COOKIE.length() + 1) {
          return c.substring(BROWSER_COOKIE.length() + 1);
        }
      }
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    exchange.getResponseHeaders().add("Set-Cookie", BROWSER_COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
    return id;
  }

  /** The parameters of a query string, URL-decoded; the last of a repeated one wins. */
  static Map<String, String> query(@Nullable String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a malformed pair is ignored, as browsers do
      }
    }
    return params;
  }

  /** Sends an HTML page. */
  static void page(HttpExchange exchange, int status, String title, String body) throws IOException {
    String html = "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
        + "<body>\n<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    send(exchange, status, "text/html; charset=utf-8", html);
  }

  /** Sends a text body. */
  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** Answers 303 See Other to {@code location}. */
  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(303, -1);
  }

  /** The "Start authenticating" link to {@code request}'s authorization URL. */
  static String startLink(AuthorizationRequest request) {
    return "<p><a id=\"start\" href=\"" + escape(request.url().toString()) + "\">Start authenticating</a></p>";
  }

  /** {@code text} safe inside HTML text and attribute values. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
