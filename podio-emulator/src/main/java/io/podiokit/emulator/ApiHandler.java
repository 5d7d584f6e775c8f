package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.emulator.EmulatorState.AccessGrant;
import io.podiokit.emulator.EmulatorState.Rejection;
import java.io.IOException;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The API: checks {@code Authorization: OAuth2 <token>}, counts the call against its authentication's rate limit,
 * finds the operation in the route table and answers with Podio's bodies and error bodies. Every call is recorded
 * (the last {@value #JOURNAL_SIZE}) for tests to check what a client sent.
 */
final class ApiHandler {

  static final int JOURNAL_SIZE = 1000;

  private final EmulatorState state;
  private final Faults faults;
  private final String baseUrl;
  private final RouteTable routes;
  private final Deque<RecordedRequest> journal = new ConcurrentLinkedDeque<>();
  private final AtomicInteger journalSize = new AtomicInteger();
  private final Set<HttpExchange> recording = ConcurrentHashMap.newKeySet();

  ApiHandler(EmulatorState state, Faults faults, String baseUrl, RouteTable routes) {
    this.state = state;
    this.faults = faults;
    this.baseUrl = baseUrl;
    this.routes = routes;
  }

  /** The recorded calls, oldest first. */
  List<RecordedRequest> requests() {
    return List.copyOf(journal);
  }

  void clearRequests() {
    journal.clear();
    journalSize.set(0);
  }

  void handle(HttpExchange ex) throws IOException {
    ApiRequest[] request = new ApiRequest[1];
    int status = 500;
    try {
      status = answer(ex, request);
    } finally {
      record(ex, request[0], status);
      recording.remove(ex);
    }
  }

  /** Journals the call once, before its answer is sent, so a client that has the answer finds the call recorded. */
  private void record(HttpExchange ex, @Nullable ApiRequest request, int status) {
    // Exchange attributes are shared by the whole context in the JDK's server, so calls in progress are kept here.
    if (!recording.add(ex)) {
      return;
    }
    byte[] body = request == null ? null : request.bodyIfRead();
    String query = ex.getRequestURI().getRawQuery();
    journal.addLast(new RecordedRequest(ex.getRequestMethod(), ex.getRequestURI().getPath(),
        query == null ? "" : query, ex.getRequestHeaders().getFirst("Content-Type"),
        body == null ? new byte[0] : Arrays.copyOf(body, Math.min(body.length, RecordedRequest.MAX_KEPT)),
        request == null ? -1 : request.bodyLength(), status));
    if (journalSize.incrementAndGet() > JOURNAL_SIZE) {
      journal.pollFirst();
      journalSize.decrementAndGet();
    }
  }

  /** Answers the call and returns the status sent. */
  private int answer(HttpExchange ex, ApiRequest[] request) throws IOException {
    Counters counters = state.counters;
    counters.apiCall();
    Fault fault = faults.take();
    if (fault != null) {
      counters.faultInjected();
      if (Http.showFault(fault, ex, baseUrl)) {
        counters.apiFailure();
        return fault.statusCode();
      }
    }
    String limit = Long.toString(state.rateLimit);
    ex.getResponseHeaders().set("X-Rate-Limit-Limit", limit);
    Object checked = state.checkAccessToken(accessToken(ex));
    if (checked instanceof Rejection rejection) {
      counters.rejectedToken();
      counters.apiFailure();
      ex.getResponseHeaders().set("X-Rate-Limit-Remaining", limit);
      record(ex, request[0], 401);
      reject(ex, rejection);
      return 401;
    }
    AccessGrant grant = (AccessGrant) checked;
    long remaining = state.consumeRateLimit(grant);
    ex.getResponseHeaders().set("X-Rate-Limit-Remaining", Long.toString(Math.max(0, remaining)));
    if (remaining < 0) {
      counters.rateLimited();
      counters.apiFailure();
      record(ex, request[0], 420);
      error(ex, 420, "rate_limit", "You have hit the rate limit of " + state.rateLimit
          + " calls per hour for this authentication. Please wait before trying again.");
      return 420;
    }
    String method = ex.getRequestMethod();
    RouteTable.Match match = routes.match(method, ex.getRequestURI().getRawPath());
    if (match == null) {
      counters.apiFailure();
      record(ex, request[0], 404);
      error(ex, 404, "not_found", "No matching operation could be found. No " + method + " operation for '"
          + ex.getRequestURI().getPath() + "'");
      return 404;
    }
    request[0] = new ApiRequest(ex, grant.ref(), match.params());
    Reply reply;
    try {
      Object answer = match.entry().route().handle(request[0]);
      if (answer instanceof StreamedReply streamed) {
        record(ex, request[0], 200);
        streamed.send(ex);
        return 200;
      }
      reply = answer instanceof Reply r ? r : Reply.json(200, answer);
    } catch (ApiError e) {
      counters.apiFailure();
      record(ex, request[0], e.status);
      error(ex, e.status, e.error, Objects.requireNonNull(e.getMessage()));
      return e.status;
    }
    if (reply.status() >= 300) {
      counters.apiFailure();
    }
    record(ex, request[0], reply.status());
    if (reply.bytes() != null) {
      Http.send(ex, reply.status(), Objects.requireNonNull(reply.contentType()), reply.bytes());
    } else if (reply.body() == null) {
      Http.send(ex, reply.status(), "", new byte[0]);
    } else {
      Http.json(ex, reply.status(), reply.body());
    }
    return reply.status();
  }

  private static @Nullable String accessToken(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth == null) {
      return null;
    }
    auth = auth.trim();
    int space = auth.indexOf(' ');
    if (space < 0 || !auth.substring(0, space).equalsIgnoreCase("OAuth2")) {
      return null;
    }
    String token = auth.substring(space + 1).trim();
    return token.isEmpty() ? null : token;
  }

  private void reject(HttpExchange ex, Rejection rejection) throws IOException {
    switch (rejection) {
      case MISSING -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\"");
        error(ex, 401, "unauthorized", "No access token given: send the header Authorization: OAuth2 <access token>");
      }
      case INVALID -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\", error=\"invalid_token\"");
        error(ex, 401, "invalid_token", "invalid_token");
      }
      case EXPIRED -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\", error=\"expired_token\"");
        error(ex, 401, "unauthorized", "expired_token");
      }
    }
  }

  private void error(HttpExchange ex, int status, String error, String description) throws IOException {
    Http.json(ex, status, Http.errorBody(ex, baseUrl, error, description));
  }
}
