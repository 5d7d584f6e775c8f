package io.podiokit.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.podiokit.AuthListener;
import io.podiokit.Authentication;
import io.podiokit.GrantKind;
import io.podiokit.PodioException;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * podiokit's metrics in a Micrometer {@link MeterRegistry}. Wire its three parts into a client:
 *
 * <pre>{@code
 * PodioMetrics metrics = PodioMetrics.of(registry);
 * PodioClient client = PodioClient.builder()
 *     .credentials(id, secret)
 *     .sessionStore(metrics.timed(SessionStores.open(uri)))
 *     .okHttpClient(new OkHttpClient.Builder().addInterceptor(metrics.interceptor()).build())
 *     .listener(metrics.listener())
 *     .build();
 * }</pre>
 *
 * <table>
 * <caption>Meters</caption>
 * <tr><th>name</th><th>type</th><th>tags</th></tr>
 * <tr><td>{@value #API_REQUESTS}</td><td>timer</td><td>{@code method}, {@code uri} (the operation's path template,
 *   e.g. {@code item/{item_id}}; {@code UNKNOWN} for raw calls), {@code status}, {@code outcome}
 *   ({@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code RATE_LIMITED}, {@code UNKNOWN} when no
 *   answer came)</td></tr>
 * <tr><td>{@value #REFRESHES}</td><td>counter</td><td>{@code result}: {@code exchanged}, {@code adopted},
 *   {@code failed}</td></tr>
 * <tr><td>{@value #SESSIONS}</td><td>counter</td><td>{@code event}: {@code authenticated},
 *   {@code reauthenticated}, {@code signed_out}</td></tr>
 * <tr><td>{@value #RATE_LIMIT_REMAINING}</td><td>gauge</td><td>{@code authentication}: the session key's kind and
 *   identifier (at most {@value #MAX_RATE_LIMIT_GAUGES} authentications)</td></tr>
 * <tr><td>{@value #STORE_OPERATIONS}</td><td>timer</td><td>{@code operation} ({@code load}, {@code save},
 *   {@code replace}, {@code delete}), {@code outcome} ({@code success}, {@code error})</td></tr>
 * </table>
 *
 * <p>No meter carries a token, a secret or a message from Podio. Thread-safe.
 */
public final class PodioMetrics {

  /** API calls, timed from the first attempt to the last answer (a retry after a rejected token included). */
  public static final String API_REQUESTS = "podio.api.requests";
  /** Refreshes of access tokens. */
  public static final String REFRESHES = "podio.auth.refreshes";
  /** Session events other than refreshes. */
  public static final String SESSIONS = "podio.auth.sessions";
  /** Podio's {@code X-Rate-Limit-Remaining}, per authentication. */
  public static final String RATE_LIMIT_REMAINING = "podio.ratelimit.remaining";
  /** Session store operations. */
  public static final String STORE_OPERATIONS = "podio.store.operations";
  /** Rate-limit gauges are kept for this many authentications at most. */
  public static final int MAX_RATE_LIMIT_GAUGES = 1000;

  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, AtomicLong> remaining = new ConcurrentHashMap<>();
  private final AtomicReference<@Nullable RefreshOutcome> lastRefresh = new AtomicReference<>();
  private final AuthListener listener = new Listener();

  private PodioMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Metrics reported to {@code registry}.
   *
   * @param registry where the meters are registered
   * @return metrics reported to {@code registry}
   */
  public static PodioMetrics of(MeterRegistry registry) {
    return new PodioMetrics(Objects.requireNonNull(registry, "registry == null"));
  }

  /** {@return the listener that counts refreshes and session events; add it to the client} */
  public AuthListener listener() {
    return listener;
  }

  /**
   * {@return the OkHttp interceptor that times API calls and reads the rate-limit headers; add it to the client's
   * OkHttp}
   */
  public Interceptor interceptor() {
    return this::intercept;
  }

  /**
   * {@code store}, with each operation timed; its refresh lease is passed through.
   *
   * @param store the store to time
   * @return {@code store}, with each operation timed; its refresh lease is passed through
   */
  public SessionStore timed(SessionStore store) {
    return new TimedSessionStore(Objects.requireNonNull(store, "store == null"), registry);
  }

  /** {@return how the token endpoint last answered a refresh in this process, if one happened} */
  public Optional<RefreshOutcome> lastRefresh() {
    return Optional.ofNullable(lastRefresh.get());
  }

  private Response intercept(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    String status = "CLIENT_ERROR";
    String outcome = "UNKNOWN";
    try {
      Response response = chain.proceed(request);
      status = Integer.toString(response.code());
      outcome = outcome(response.code());
      recordRateLimit(request, response);
      return response;
    } catch (IOException | RuntimeException e) {
      status = "IO_ERROR";
      throw e;
    } finally {
      Timer.builder(API_REQUESTS)
          .description("Podio API calls")
          .tags(Tags.of("method", request.method(), "uri", template(request), "status", status, "outcome", outcome))
          .register(registry)
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private void recordRateLimit(Request request, Response response) {
    Authentication auth = request.tag(Authentication.class);
    String header = response.header("X-Rate-Limit-Remaining");
    if (auth == null || header == null) {
      return;
    }
    long value;
    try {
      value = Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return;
    }
    SessionKey key = auth.key();
    String name = key.kind() + ":" + key.identifier();
    AtomicLong gauge = remaining.get(name);
    if (gauge == null) {
      if (remaining.size() >= MAX_RATE_LIMIT_GAUGES) {
        return;
      }
      gauge = remaining.computeIfAbsent(name, k -> {
        AtomicLong v = new AtomicLong();
        Gauge.builder(RATE_LIMIT_REMAINING, v, AtomicLong::get)
            .description("Podio's X-Rate-Limit-Remaining for an authentication")
            .tag("authentication", k)
            .register(registry);
        return v;
      });
    }
    gauge.set(value);
  }

  private static String outcome(int code) {
    if (code == 420 || code == 429) {
      return "RATE_LIMITED";
    }
    if (code >= 200 && code < 400) {
      return "SUCCESS";
    }
    return code < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
  }

  /** The operation's path template from its Retrofit annotation, or {@code UNKNOWN}. */
  static String template(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      String path = request.url().encodedPath();
      return path.startsWith("/oauth/") ? path : "UNKNOWN";
    }
    Method method = invocation.method();
    for (Annotation a : method.getAnnotations()) {
      String value = a instanceof GET g ? g.value() : a instanceof POST p ? p.value() : a instanceof PUT p ? p.value()
          : a instanceof DELETE d ? d.value() : a instanceof PATCH p ? p.value() : a instanceof HTTP h ? h.path()
          : null;
      if (value != null) {
        return value;
      }
    }
    return "UNKNOWN";
  }

  private void refresh(String result, @Nullable PodioException error) {
    Counter.builder(REFRESHES).description("Refreshes of access tokens").tag("result", result).register(registry)
        .increment();
    lastRefresh.set(new RefreshOutcome(result, Instant.now(), error == null ? null : error.getClass().getSimpleName()));
  }

  private void session(String event) {
    Counter.builder(SESSIONS).description("Session events").tag("event", event).register(registry).increment();
  }

  private final class Listener implements AuthListener {
    @Override
    public void authenticated(SessionKey key, GrantKind origin) {
      session("authenticated");
    }

    @Override
    public void refreshed(SessionKey key) {
      refresh("exchanged", null);
    }

    @Override
    public void adopted(SessionKey key) {
      refresh("adopted", null);
    }

    @Override
    public void refreshFailed(SessionKey key, PodioException error) {
      refresh("failed", error);
    }

    @Override
    public void reauthenticated(SessionKey key) {
      session("reauthenticated");
    }

    @Override
    public void signedOut(SessionKey key) {
      session("signed_out");
    }
  }

  @Override
  public String toString() {
    return "PodioMetrics[" + registry.getClass().getSimpleName() + "]";
  }
}
