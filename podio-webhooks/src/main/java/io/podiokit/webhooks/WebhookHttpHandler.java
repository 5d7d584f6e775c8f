package io.podiokit.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link WebhookReceiver} on the JDK's HTTP server ({@code com.sun.net.httpserver}, module {@code jdk.httpserver}):
 * {@code POST} form bodies go to the receiver and the result's status is answered (200 taken, 400/403/404 refused,
 * 500 when the handler or the verification failed, so that Podio posts again); other methods get 405 and bodies over
 * 64 KiB get 413.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/podio/hook", new WebhookHttpHandler(receiver));
 * server.start();
 * }</pre>
 */
public final class WebhookHttpHandler implements HttpHandler {

  private final WebhookReceiver receiver;

  /**
   * An adapter for {@code receiver}.
   *
   * @param receiver the receiver posts go to
   */
  public WebhookHttpHandler(WebhookReceiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver == null");
  }

  /**
   * Handles one request.
   *
   * @param exchange the request and its response
   * @throws IOException when the connection fails
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, new Answer(405, "Podio posts webhooks: use POST"));
        return;
      }
      byte[] body = read(exchange.getRequestBody());
      if (body == null) {
        send(exchange, new Answer(413, "The body is larger than " + Answer.MAX_BODY + " bytes"));
        return;
      }
      send(exchange, Answer.of(receiver, new String(body, StandardCharsets.UTF_8)));
    }
  }

  private static byte @org.jspecify.annotations.Nullable [] read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf)) != -1) {
      out.write(buf, 0, n);
      if (out.size() > Answer.MAX_BODY) {
        return null;
      }
    }
    return out.toByteArray();
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.text().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", Answer.TEXT);
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public String toString() {
    return "WebhookHttpHandler[" + receiver + "]";
  }
}
