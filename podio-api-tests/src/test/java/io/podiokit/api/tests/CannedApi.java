package io.podiokit.api.tests;

import com.sun.net.httpserver.HttpServer;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server that answers every API path with a JSON text set by the test, and a client for it: for
 * reading shapes the emulator never sends (Podio's micro and mini views, objects with only their identity) through
 * the client's real HTTP stack and record reader.
 *
 * <pre>{@code
 * try (CannedApi canned = CannedApi.start()) {
 *   canned.answer("/action/7", "{\"action_id\": 7}");
 *   Action a = canned.api().actions().action(7);
 * }
 * }</pre>
 */
public final class CannedApi implements AutoCloseable {

  private static final String TOKEN = "{\"access_token\":\"canned-access\",\"refresh_token\":\"canned-refresh\","
      + "\"expires_in\":28800,\"token_type\":\"bearer\",\"ref\":{\"type\":\"app\",\"id\":1}}";

  private final HttpServer server;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final SessionStore store = SessionStores.open("memory:");
  private final PodioClient client;
  private final PodioApi api;

  private CannedApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        String body = path.startsWith("/oauth/token") ? TOKEN : answers.get(path);
        byte[] bytes = (body == null ? "{\"error\":\"not_found\",\"error_description\":\"no canned answer for "
            + path + "\"}" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    });
    server.start();
    String url = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    client = PodioClient.builder().credentials("canned-client", "canned-secret").apiUrl(url).sessionStore(store)
        .build();
    api = client.api(client.authenticateWithApp(1, "canned-app-token"));
  }

  /** A started server and a client authenticated against it. */
  public static CannedApi start() {
    try {
      return new CannedApi();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code json} read as {@code type} the way the client reads Podio's answers (its converters and record rules),
   * through a real call to a server started for it.
   *
   * @param json the answer's body
   * @param type what to read it as
   * @param <T> the type
   * @return what the client parsed
   */
  public static <T> T read(String json, Class<T> type) {
    try (CannedApi canned = start()) {
      return canned.answer("/canned", json).api().get("/canned", type);
    }
  }

  /** Answers {@code path} (e.g. {@code /action/7}, any method and query) with {@code json}. */
  public CannedApi answer(String path, String json) {
    answers.put(path, json);
    return this;
  }

  /** The API, as an app. */
  public PodioApi api() {
    return api;
  }

  @Override
  public void close() {
    client.close();
    server.stop(0);
    try {
      store.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
