package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin endpoint, kept off Podio's paths under {@code /_emulator/}, for tests that run the emulator in another
 * process: {@code GET /_emulator/counters}, {@code POST /_emulator/counters/reset},
 * {@code POST /_emulator/clock/advance?seconds=N}, {@code GET /_emulator/clock} and
 * {@code POST /_emulator/expire-access-tokens}.
 */
final class AdminHandler {

  static final String PREFIX = "/_emulator/";

  private final PodioEmulator emulator;

  AdminHandler(PodioEmulator emulator) {
    this.emulator = emulator;
  }

  void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    Http.body(ex);
    switch (method + " " + path) {
      case "GET /_emulator/counters" ->
          Http.send(ex, 200, Http.JSON, emulator.counters().toJson().getBytes(StandardCharsets.UTF_8));
      case "POST /_emulator/counters/reset" -> {
        emulator.resetCounters();
        Http.send(ex, 200, Http.JSON, emulator.counters().toJson().getBytes(StandardCharsets.UTF_8));
      }
      case "GET /_emulator/clock" -> clock(ex, emulator.now());
      case "POST /_emulator/clock/advance" -> {
        String seconds = Http.form(ex.getRequestURI().getRawQuery()).get("seconds");
        long s;
        try {
          s = seconds == null ? -1 : Long.parseLong(seconds);
        } catch (NumberFormatException e) {
          s = -1;
        }
        if (s < 0) {
          Http.json(ex, 400, Map.of("error", "invalid_request",
              "error_description", "Give a whole, non-negative number of seconds: ?seconds=N"));
          return;
        }
        emulator.advanceClock(Duration.ofSeconds(s));
        clock(ex, emulator.now());
      }
      case "POST /_emulator/expire-access-tokens" -> {
        emulator.expireAccessTokens();
        Http.json(ex, 200, Map.of("expired", true));
      }
      default -> Http.json(ex, 404, Map.of("error", "not_found", "error_description",
          "Admin operations: GET /_emulator/counters, POST /_emulator/counters/reset, GET /_emulator/clock, "
              + "POST /_emulator/clock/advance?seconds=N, POST /_emulator/expire-access-tokens"));
    }
  }

  private static void clock(HttpExchange ex, Instant now) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("now", now.toString());
    m.put("epoch_second", now.getEpochSecond());
    Http.json(ex, 200, m);
  }
}
