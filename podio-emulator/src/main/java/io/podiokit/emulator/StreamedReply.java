package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A 200 answer whose body is streamed from its source instead of held in memory (large file downloads). A route
 * handler returns it like a {@link Reply}.
 *
 * @param contentType the body's media type
 * @param length the body's length in bytes
 * @param content opens the body
 */
record StreamedReply(String contentType, long length, Content content) {

  /** Opens the body to send. */
  @FunctionalInterface
  interface Content {
    /** The body, opened. */
    InputStream open() throws IOException;
  }

  /** Sends the answer. */
  void send(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(200, length == 0 ? -1 : length);
    try (InputStream in = content.open(); OutputStream out = ex.getResponseBody()) {
      in.transferTo(out);
    }
    ex.close();
  }
}
