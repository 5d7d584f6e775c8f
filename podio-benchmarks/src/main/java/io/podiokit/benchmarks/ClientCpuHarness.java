package io.podiokit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.podiokit.Authentication;
import io.podiokit.api.app.App;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.session.memory.CaffeineSessionStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * Client CPU and allocation per API call, podiokit next to raw OkHttp with the same Moshi parsing, in one run against
 * one in-process emulator. Calls are synchronous, so OkHttp runs the whole client side (interceptors, writing the
 * request, reading and parsing the answer) on the calling thread: the CPU time and the bytes allocated by the calling
 * threads ({@code ThreadMXBean}) are the client's cost, whatever the emulator's threads spend. Each round runs every
 * variant once, in rotating order; the figure is the median over rounds.
 *
 * <pre>{@code java -cp podio-benchmarks/target/benchmarks.jar io.podiokit.benchmarks.ClientCpuHarness [threads] [calls] [rounds]}</pre>
 */
public final class ClientCpuHarness {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private record Variant(String name, Callable<App> call) {}

  /** The same operation declared for plain Retrofit. */
  public interface RawAppService {
    /** {@code GET /app/{app_id}}. */
    @GET("app/{app_id}")
    retrofit2.Call<App> app(@Path("app_id") long appId);
  }

  private record Result(double cpuMicrosPerCall, double bytesPerCall) {}

  private ClientCpuHarness() {}

  /**
   * Runs the comparison and prints a table.
   *
   * @param args threads (default 8), calls per round (default 20000), rounds (default 5)
   */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    THREADS.setThreadAllocatedMemoryEnabled(true);
    THREADS.setThreadCpuTimeEnabled(true);
    try (PodioEmulator emulator = PodioEmulator.builder()
        .client(Samples.CLIENT_ID, Samples.CLIENT_SECRET)
        .app(Samples.APP_ID, Samples.APP_TOKEN)
        .rateLimit(1_000_000_000L)
        .start();
         CaffeineSessionStore store = CaffeineSessionStore.builder().build();
         PodioClient client = PodioClient.builder()
             .credentials(Samples.CLIENT_ID, Samples.CLIENT_SECRET)
             .apiUrl(emulator.baseUrl())
             .sessionStore(store)
             .build()) {
      Authentication app = client.authenticateWithApp(Samples.APP_ID, Samples.APP_TOKEN);
      PodioApi api = client.api(app);
      OkHttpClient raw = new OkHttpClient.Builder().build();
      Request request = new Request.Builder()
          .url(emulator.baseUrl().resolve("/app/" + Samples.APP_ID).toString())
          .header("Authorization", "OAuth2 " + app.accessToken())
          .header("User-Agent", PodioClient.DEFAULT_USER_AGENT)
          .build();
      Moshi moshi = new Moshi.Builder().build();
      JsonAdapter<App> adapter = moshi.adapter(App.class);
      String authorization = "OAuth2 " + app.accessToken();
      RawAppService retrofit = new Retrofit.Builder()
          .baseUrl(emulator.baseUrl().toString())
          .client(raw.newBuilder().addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
              .header("Authorization", authorization).header("User-Agent", PodioClient.DEFAULT_USER_AGENT).build()))
              .build())
          .addConverterFactory(MoshiConverterFactory.create(moshi))
          .build()
          .create(RawAppService.class);
      List<Variant> variants = List.of(
          new Variant("podiokit api.apps().app(id)", () -> api.apps().app(Samples.APP_ID)),
          new Variant("podiokit client.api(auth) per call", () -> client.api(app).apps().app(Samples.APP_ID)),
          new Variant("raw Retrofit + Moshi (Call<App>)", () ->
              Objects.requireNonNull(retrofit.app(Samples.APP_ID).execute().body())),
          new Variant("raw OkHttp + Moshi", () -> {
            try (Response response = raw.newCall(request).execute()) {
              if (response.code() != 200) {
                throw new IOException("HTTP " + response.code());
              }
              return Objects.requireNonNull(adapter.fromJson(Objects.requireNonNull(response.body()).source()));
            }
          }));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        for (Variant v : variants) {
          run(pool, threads, calls / 4, v); // warm-up
        }
        double[][] cpu = new double[variants.size()][rounds];
        double[][] bytes = new double[variants.size()][rounds];
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < variants.size(); i++) {
            int k = (i + r) % variants.size();
            Result result = run(pool, threads, calls, variants.get(k));
            cpu[k][r] = result.cpuMicrosPerCall();
            bytes[k][r] = result.bytesPerCall();
          }
        }
        double rawCpu = median(cpu[variants.size() - 1]);
        double rawBytes = median(bytes[variants.size() - 1]);
        System.out.printf(Locale.ROOT, "%d threads, %d GET /app/{id} per round, %d rounds; medians%n", threads, calls,
            rounds);
        System.out.printf(Locale.ROOT, "%-36s %14s %10s %14s %10s%n", "client", "CPU us/call", "vs raw",
            "bytes/call", "vs raw");
        for (int i = 0; i < variants.size(); i++) {
          System.out.printf(Locale.ROOT, "%-36s %14.1f %9.2fx %14.0f %9.2fx%n", variants.get(i).name(),
              median(cpu[i]), median(cpu[i]) / rawCpu, median(bytes[i]), median(bytes[i]) / rawBytes);
        }
      } finally {
        pool.shutdownNow();
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
      }
    }
  }

  private static Result run(ExecutorService pool, int threads, int calls, Variant variant) throws Exception {
    AtomicInteger left = new AtomicInteger(calls);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        long id = Thread.currentThread().getId();
        start.await();
        long cpu0 = THREADS.getThreadCpuTime(id);
        long alloc0 = THREADS.getThreadAllocatedBytes(id);
        while (left.getAndDecrement() > 0) {
          if (variant.call().call().appId() != Samples.APP_ID) {
            throw new IllegalStateException("wrong app");
          }
        }
        return new long[] {THREADS.getThreadCpuTime(id) - cpu0, THREADS.getThreadAllocatedBytes(id) - alloc0};
      }));
    }
    start.countDown();
    long cpu = 0;
    long alloc = 0;
    for (Future<long[]> f : futures) {
      long[] r = f.get(10, TimeUnit.MINUTES);
      cpu += r[0];
      alloc += r[1];
    }
    return new Result(cpu / 1000.0 / calls, (double) alloc / calls);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
