package io.podiokit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.podiokit.Authentication;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.api.app.App;
import io.podiokit.session.memory.CaffeineSessionStore;
import io.podiokit.emulator.PodioEmulator;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /app/{id}} through {@link PodioClient} (token from the store, signing interceptor, error mapping, typed
 * result) against raw OkHttp sending a fixed {@code Authorization: OAuth2 <token>} header, both to an in-process
 * {@link PodioEmulator} on loopback with a rate limit too high to reach, both with OkHttp clients of the same
 * settings. The raw call is measured reading the body as text and reading it into the same {@link App} record with
 * Moshi.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ApiCallBenchmark {

  // Set by setUp before any benchmark runs.
  private PodioEmulator emulator;
  private CaffeineSessionStore store;
  private OkHttpClient ourHttp;
  private OkHttpClient rawHttp;
  private PodioClient client;
  private PodioApi api;
  private Request rawRequest;
  private JsonAdapter<App> appAdapter;

  /** Starts the emulator, authenticates once as the app, and checks that both paths answer the same app. */
  @Setup
  public void setUp() throws IOException {
    emulator = PodioEmulator.builder()
        .client(Samples.CLIENT_ID, Samples.CLIENT_SECRET)
        .app(Samples.APP_ID, Samples.APP_TOKEN)
        .rateLimit(1_000_000_000L)
        .start();
    store = CaffeineSessionStore.builder().build();
    ourHttp = httpClient();
    rawHttp = httpClient();
    client = PodioClient.builder()
        .credentials(Samples.CLIENT_ID, Samples.CLIENT_SECRET)
        .apiUrl(emulator.baseUrl())
        .sessionStore(store)
        .okHttpClient(ourHttp)
        .build();
    Authentication app = client.authenticateWithApp(Samples.APP_ID, Samples.APP_TOKEN);
    api = client.api(app);
    rawRequest = new Request.Builder()
        .url(emulator.baseUrl().resolve("/app/" + Samples.APP_ID).toString())
        .header("Authorization", "OAuth2 " + app.accessToken())
        .build();
    appAdapter = new Moshi.Builder().build().adapter(App.class);
    App ours = podioClient();
    App raw = rawOkHttpParsed();
    if (ours.appId() != Samples.APP_ID || !ours.equals(raw)) {
      throw new IllegalStateException("PodioClient and raw OkHttp do not read the same app " + Samples.APP_ID);
    }
  }

  /** Closes the client, both HTTP clients, the store and the emulator. */
  @TearDown
  public void tearDown() {
    try {
      client.close();
      for (OkHttpClient http : new OkHttpClient[] {ourHttp, rawHttp}) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
      store.close();
    } finally {
      emulator.close();
    }
  }

  /** Ours: the typed service, {@code api.apps().app(id)}. */
  @Benchmark
  public App podioClient() {
    return api.apps().app(Samples.APP_ID);
  }

  /** Raw: OkHttp with a fixed token, the body read as text. */
  @Benchmark
  public String rawOkHttp() throws IOException {
    try (Response response = rawHttp.newCall(rawRequest).execute()) {
      String body = Objects.requireNonNull(response.body()).string();
      if (response.code() != 200) {
        throw new IllegalStateException("the emulator answered " + response.code());
      }
      return body;
    }
  }

  /** Raw: OkHttp with a fixed token, the body read into the same record with Moshi. */
  @Benchmark
  public App rawOkHttpParsed() throws IOException {
    try (Response response = rawHttp.newCall(rawRequest).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("the emulator answered " + response.code());
      }
      return Objects.requireNonNull(appAdapter.fromJson(Objects.requireNonNull(response.body()).source()));
    }
  }

  /** The OkHttp settings both sides use: PodioClient's default timeouts. */
  private static OkHttpClient httpClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(PodioClient.DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(PodioClient.DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }
}
