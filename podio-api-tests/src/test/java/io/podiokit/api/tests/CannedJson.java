package io.podiokit.api.tests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON text the way the client reads Podio's answers (its converters and record rules), for views the emulator
 * does not send (micro views, Podio's own examples): a loopback server answers the text to any API call.
 */
public final class CannedJson {

  private CannedJson() {}

  /**
   * {@code json} read as {@code type} through a real client call.
   *
   * @param json the answer's body
   * @param type what to read it as
   * @param <T> the type
   * @return what the client parsed
   */
  public static <T> T read(String json, Class<T> type) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", ex -> answer(ex, ex.getRequestURI().getPath().startsWith("/oauth/token")
        ? "{\"access_token\":\"canned\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"r\","
            + "\"scope\":\"global:all\",\"ref\":{\"type\":\"app\",\"id\":1}}"
        : json));
    server.start();
    SessionStore store = SessionStores.open("memory:");
    try (PodioClient client = PodioClient.builder().credentials("canned", "canned")
        .apiUrl("http://127.0.0.1:" + server.getAddress().getPort()).sessionStore(store).build()) {
      PodioApi api = client.api(client.authenticateWithApp(1, "canned"));
      return api.get("/canned", type);
    } finally {
      server.stop(0);
      try {
        store.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void answer(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
    ex.close();
  }
}
