package io.podiokit.examples;

import io.podiokit.PodioException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The examples' entry point: {@code java -jar podio-examples.jar [EXAMPLE]}, {@code tour} by default. Settings come
 * from environment variables (see {@link Settings}). Exit status: 0 done, 1 the example failed, 2 unknown example or
 * a missing or malformed setting.
 */
public final class Examples {

  /** Exit status of an example that ran to its end. */
  public static final int OK = 0;
  /** Exit status of an example that failed (Podio, the network or the store said no). */
  public static final int FAILED = 1;
  /** Exit status of an unknown example or a missing or malformed setting. */
  public static final int USAGE = 2;

  /** An example: what it prints, it prints to {@code out}. */
  @FunctionalInterface
  interface Example {
    void run(Settings settings, List<String> options, PrintStream out, Waiter waiter) throws Exception;
  }

  /** Blocks a serving example until the process is asked to stop. */
  @FunctionalInterface
  public interface Waiter {
    /** Returns when the example should stop serving. */
    void awaitStop() throws InterruptedException;
  }

  private record Entry(String summary, Example example) {}

  private static final Map<String, Entry> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("tour", new Entry("app authentication, an API call, a refresh, a stored session reused by a second "
        + "client, two apps at once (the default)", (s, o, out, w) -> Tour.run(s, out)));
    EXAMPLES.put("app", new Entry("app authentication, then GET /app/{id}", (s, o, out, w) -> AppExample.run(s, out)));
    EXAMPLES.put("password", new Entry("password authentication, then GET /user/status",
        (s, o, out, w) -> PasswordExample.run(s, out)));
    EXAMPLES.put("server-side", new Entry("a web app on localhost doing the server-side flow; runs until stopped",
        (s, o, out, w) -> ServerSideExample.serve(s, out, w)));
    EXAMPLES.put("client-side", new Entry("the client-side flow: a page reads the token fragment back; on the "
        + "emulator it is clicked through once and exits, --serve keeps it running",
        ClientSideExample::run));
    EXAMPLES.put("multiple", new Entry("two apps authenticated at once through one client",
        (s, o, out, w) -> MultipleExample.run(s, out)));
    EXAMPLES.put("store", new Entry("the same code on whichever store PODIO_SESSION_STORE names",
        (s, o, out, w) -> StoreExample.run(s, out)));
    EXAMPLES.put("di", new Entry("the same client wired by Spring's @Configuration",
        (s, o, out, w) -> DiExample.run(s, out)));
    EXAMPLES.put("webhooks", new Entry("hooks registered on an app and verified by a receiver; items created and "
        + "updated arrive as typed events, a redelivery once (emulator only)",
        (s, o, out, w) -> WebhooksExample.run(s, out)));
  }

  private Examples() {}

  /** Runs the example named by the first argument with the process's environment and exits with its status. */
  public static void main(String[] args) {
    CountDownLatch finished = new CountDownLatch(1);
    int status = run(List.of(args), Settings::fromEnvironment, System.out, System.err, () -> untilShutdown(finished));
    finished.countDown();
    System.exit(status);
  }

  /** Reads settings lazily, so that {@code help} and an unknown name need none. */
  @FunctionalInterface
  public interface SettingsSource {
    /** The settings; may throw {@link IllegalArgumentException} naming a malformed variable. */
    Settings get();
  }

  /**
   * Runs the example named by {@code args}' first element ({@code tour} when there is none) and returns the exit
   * status.
   *
   * @param waiter how a serving example ({@code server-side}, {@code client-side --serve}) waits to be stopped
   */
  public static int run(List<String> args, SettingsSource settings, PrintStream out, PrintStream err,
                        Waiter waiter) {
    Objects.requireNonNull(args, "args == null");
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(err, "err == null");
    Objects.requireNonNull(waiter, "waiter == null");
    String name = args.isEmpty() ? "tour" : args.get(0);
    if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
      out.print(usage());
      return OK;
    }
    Entry entry = EXAMPLES.get(name);
    if (entry == null) {
      err.println("Unknown example '" + name + "'.");
      err.print(usage());
      return USAGE;
    }
    try {
      entry.example().run(settings.get(), args.isEmpty() ? List.of() : args.subList(1, args.size()), out, waiter);
      out.flush();
      return OK;
    } catch (UsageException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return USAGE;
    } catch (PodioException e) {
      err.println("The example '" + name + "' failed: " + e.getMessage());
      return FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("The example '" + name + "' was interrupted.");
      return FAILED;
    } catch (Exception e) {
      err.println("The example '" + name + "' failed: " + e);
      return FAILED;
    }
  }

  /** The usage text: the examples and the settings. */
  public static String usage() {
    StringBuilder sb = new StringBuilder("Usage: java -jar podio-examples.jar [EXAMPLE]\n\nExamples:\n");
    EXAMPLES.forEach((name, entry) -> sb.append(String.format("  %-12s %s%n", name, entry.summary())));
    sb.append("""

        Settings (environment variables):
          PODIO_API_URL        the API; unset: an embedded emulator with demo data (real Podio: https://api.podio.com)
          PODIO_AUTHORIZE_URL  the authorization page; default the emulator's, or https://podio.com/oauth/authorize
          PODIO_CLIENT_ID      your API key's client id (emulator: demo-client)
          PODIO_CLIENT_SECRET  your API key's client secret (emulator: demo-secret)
          PODIO_APP_ID         app id(s), comma-separated (emulator: 1001,1002)
          PODIO_APP_TOKEN      the apps' tokens, in the same order (emulator: demo-app-token,demo-app-token-2)
          PODIO_USERNAME       a user's email (emulator: demo@example.com)
          PODIO_PASSWORD       that user's password (emulator: demo-password)
          PODIO_SESSION_STORE  where sessions are kept: memory:, redis://..., jdbc:... (default memory:)
          PODIO_EXAMPLE_PORT   the web examples' port, 0 for any free one (default 8080)
        """);
    return sb.toString();
  }

  /**
   * Waits until the JVM is asked to stop (Ctrl-C), then holds the shutdown up to five seconds until {@code finished}
   * says the example closed what it opened.
   */
  private static void untilShutdown(CountDownLatch finished) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        finished.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "podio-examples-shutdown"));
    stop.await();
  }
}
