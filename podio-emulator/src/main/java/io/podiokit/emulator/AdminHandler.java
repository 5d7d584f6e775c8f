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
 * {@code POST /_emulator/clock/advance?seconds=N}, {@code GET /_emulator/clock},
 * {@code POST /_emulator/expire-access-tokens}, and fault injection for the token endpoint ({@code token}) or the API
 * ({@code api}): {@code POST /_emulator/faults/token?next=status:500,malformed} queues faults,
 * {@code POST /_emulator/faults/token?random=0.3&faults=status:500,html:502} shows them at random,
 * {@code POST /_emulator/faults/token/clear} removes them, {@code GET /_emulator/faults} lists them.
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
      case "GET /_emulator/faults" -> Http.json(ex, 200, Map.of("token", emulator.tokenEndpointFaults().toString(),
          "api", emulator.apiFaults().toString()));
      case "POST /_emulator/faults/token", "POST /_emulator/faults/api" -> faults(ex, path.endsWith("token")
          ? emulator.tokenEndpointFaults() : emulator.apiFaults());
      case "POST /_emulator/faults/token/clear", "POST /_emulator/faults/api/clear" -> {
        (path.contains("/token/") ? emulator.tokenEndpointFaults() : emulator.apiFaults()).clear();
        Http.json(ex, 200, Map.of("cleared", true));
      }
      default -> Http.json(ex, 404, Map.of("error", "not_found", "error_description",
          "Admin operations: GET /_emulator/counters, POST /_emulator/counters/reset, GET /_emulator/clock, "
              + "POST /_emulator/clock/advance?seconds=N, POST /_emulator/expire-access-tokens, "
              + "POST /_emulator/faults/{token|api}?next=FAULTS or ?random=P&faults=FAULTS, "
              + "POST /_emulator/faults/{token|api}/clear, GET /_emulator/faults"));
    }
  }

  private static void faults(HttpExchange ex, Faults faults) throws IOException {
    Map<String, String> query = Http.form(ex.getRequestURI().getRawQuery());
    try {
      if (query.containsKey("next")) {
        faults.next(Fault.parseList(query.get("next")));
      } else if (query.containsKey("random") && query.containsKey("faults")) {
        faults.random(Double.parseDouble(query.get("random")), Fault.parseList(query.get("faults")));
      } else {
        throw new IllegalArgumentException("give ?next=FAULTS, or ?random=P&faults=FAULTS");
      }
    } catch (IllegalArgumentException e) {
      Http.json(ex, 400, Map.of("error", "invalid_request", "error_description", String.valueOf(e.getMessage())));
      return;
    }
    Http.json(ex, 200, Map.of("faults", faults.toString()));
  }

  private static void clock(HttpExchange ex, Instant now) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("now", now.toString());
    m.put("epoch_second", now.getEpochSecond());
    Http.json(ex, 200, m);
  }
}
