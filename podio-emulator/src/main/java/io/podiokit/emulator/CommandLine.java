package io.podiokit.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The emulator's command line: parses the options, starts the emulator, prints where it listens, waits. */
final class CommandLine {

  static final int DEFAULT_PORT = 8089;

  static final String USAGE = """
      Usage: java -jar podio-emulator.jar [options]
        --port PORT               port on 127.0.0.1 (default 8089; 0 picks a free one)
        --client ID:SECRET        register an API key (repeatable)
        --app APP_ID:APP_TOKEN    seed an app with a few items (repeatable)
        --user EMAIL:PASSWORD     seed a user (repeatable)
        --access-ttl SECONDS      access token lifetime (default 28800, 8 hours)
        --refresh-ttl SECONDS     refresh token lifetime after last use (default 2419200, 28 days)
        --rotate-refresh-tokens   a refresh answers a new refresh token and kills the old one (default: off)
        --rate-limit CALLS        API calls per hour per authentication (default 1000)
        --max-file-size BYTES     largest file upload accepted (default 1073741824, 1 GiB)
        --token-faults FAULTS     the token endpoint shows these faults (comma-separated: status:500, html:502,
                                  malformed, empty:200, delay:2s, delay:250ms, late:2s, drop; late answers
                                  after the exchange is done, e.g. a refresh token already rotated)
        --token-fault-rate P      ... on each request with probability P (0 to 1, default 1)
        --api-faults FAULTS       API calls show these faults, as --token-faults
        --api-fault-rate P        ... with probability P (default 1)
        --help                    print this help
      With no --client, --app or --user it seeds the demo set and prints it.
      """;

  /** Bad command-line arguments; the message says which. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** The parsed command line. */
  record Options(PodioEmulator.Builder builder, boolean demo, boolean help, List<String> clients, List<String> apps,
                 List<String> users, FaultOption tokenFaults, FaultOption apiFaults) {}

  /** Faults given on the command line for one side, shown with a probability; none when {@code faults} is empty. */
  record FaultOption(double probability, List<Fault> faults) {
    void applyTo(Faults target) {
      if (!faults.isEmpty()) {
        target.random(probability, faults.toArray(new Fault[0]));
      }
    }
  }

  private CommandLine() {}

  static Options parse(String[] args) throws UsageException {
    PodioEmulator.Builder b = PodioEmulator.builder().port(DEFAULT_PORT);
    List<String> clients = new ArrayList<>();
    List<String> apps = new ArrayList<>();
    List<String> users = new ArrayList<>();
    List<Fault> tokenFaults = new ArrayList<>();
    List<Fault> apiFaults = new ArrayList<>();
    double[] rates = {1, 1};
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        value = arg.substring(eq + 1);
        arg = arg.substring(0, eq);
      }
      try {
        switch (arg) {
          case "--help", "-h" -> {
            return new Options(b, false, true, clients, apps, users, new FaultOption(1, List.of()),
                new FaultOption(1, List.of()));
          }
          case "--rotate-refresh-tokens" -> b.rotateRefreshTokens(true);
          case "--port" -> b.port((int) number(arg, value != null ? value : next(args, ++i, arg)));
          case "--access-ttl" -> b.accessTokenTtl(Duration.ofSeconds(
              number(arg, value != null ? value : next(args, ++i, arg))));
          case "--refresh-ttl" -> b.refreshTokenTtl(Duration.ofSeconds(
              number(arg, value != null ? value : next(args, ++i, arg))));
          case "--rate-limit" -> b.rateLimit(number(arg, value != null ? value : next(args, ++i, arg)));
          case "--max-file-size" -> b.maxFileSize(number(arg, value != null ? value : next(args, ++i, arg)));
          case "--client" -> {
            String[] p = pair(arg, value != null ? value : next(args, ++i, arg), "ID:SECRET");
            b.client(p[0], p[1]);
            clients.add(p[0]);
          }
          case "--app" -> {
            String[] p = pair(arg, value != null ? value : next(args, ++i, arg), "APP_ID:APP_TOKEN");
            b.app(number(arg, p[0]), p[1]);
            apps.add(p[0]);
          }
          case "--user" -> {
            String[] p = pair(arg, value != null ? value : next(args, ++i, arg), "EMAIL:PASSWORD");
            b.user(p[0], p[1], displayName(p[0]));
            users.add(p[0]);
          }
          case "--token-faults" -> tokenFaults.addAll(List.of(Fault.parseList(value != null ? value
              : next(args, ++i, arg))));
          case "--api-faults" -> apiFaults.addAll(List.of(Fault.parseList(value != null ? value : next(args, ++i, arg))));
          case "--token-fault-rate" -> rates[0] = probability(arg, value != null ? value : next(args, ++i, arg));
          case "--api-fault-rate" -> rates[1] = probability(arg, value != null ? value : next(args, ++i, arg));
          default -> throw new UsageException("unknown option " + args[i]);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(arg + ": " + e.getMessage());
      }
    }
    boolean demo = clients.isEmpty() && apps.isEmpty() && users.isEmpty();
    if (demo) {
      b.demoData();
    }
    return new Options(b, demo, false, clients, apps, users, new FaultOption(rates[0], List.copyOf(tokenFaults)),
        new FaultOption(rates[1], List.copyOf(apiFaults)));
  }

  private static double probability(String option, String value) throws UsageException {
    try {
      double p = Double.parseDouble(value.trim());
      if (p >= 0 && p <= 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + ": '" + value + "' is not a probability between 0 and 1");
  }

  private static String next(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static long number(String option, String value) throws UsageException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": '" + value + "' is not a whole number");
    }
  }

  private static String[] pair(String option, String value, String form) throws UsageException {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new UsageException(option + " must be " + form);
    }
    return new String[] {value.substring(0, colon), value.substring(colon + 1)};
  }

  private static String displayName(String email) {
    String local = email.substring(0, email.indexOf('@') < 0 ? email.length() : email.indexOf('@'));
    return local.isEmpty() ? email : local;
  }

  /** What the command line prints once the emulator listens. Secrets appear only for the demo set. */
  static String banner(PodioEmulator emulator, Options options) {
    String url = emulator.baseUrl().toString();
    StringBuilder sb = new StringBuilder();
    sb.append("Podio emulator listening on ").append(url).append('\n');
    sb.append("  API and token endpoint: ").append(url).append(" (POST /oauth/token, POST /oauth/token/v2)\n");
    sb.append("  Authorization page:     ").append(emulator.authorizeUrl()).append('\n');
    sb.append("  Admin:                  ").append(url).append("/_emulator/counters\n");
    if (options.demo()) {
      sb.append("Demo set (no --client, --app or --user given):\n");
      sb.append("  client  ").append(PodioEmulator.DEMO_CLIENT_ID).append(" / ")
          .append(PodioEmulator.DEMO_CLIENT_SECRET).append('\n');
      sb.append("  app     ").append(PodioEmulator.DEMO_APP_ID).append(" / ").append(PodioEmulator.DEMO_APP_TOKEN)
          .append('\n');
      sb.append("  user    ").append(PodioEmulator.DEMO_USER_EMAIL).append(" / ")
          .append(PodioEmulator.DEMO_USER_PASSWORD).append(" (").append(PodioEmulator.DEMO_USER_NAME)
          .append(", user_id ").append(emulator.userId(PodioEmulator.DEMO_USER_EMAIL)).append(")\n");
    } else {
      options.clients().forEach(c -> sb.append("  client  ").append(c).append(" (secret not shown)\n"));
      options.apps().forEach(a -> sb.append("  app     ").append(a).append(" (token not shown)\n"));
      options.users().forEach(u -> sb.append("  user    ").append(u).append(" (user_id ")
          .append(emulator.userId(u)).append(", password not shown)\n"));
    }
    if (!options.tokenFaults().faults().isEmpty()) {
      sb.append("  token endpoint faults: ").append(options.tokenFaults().faults()).append(" p=")
          .append(options.tokenFaults().probability()).append('\n');
    }
    if (!options.apiFaults().faults().isEmpty()) {
      sb.append("  API faults: ").append(options.apiFaults().faults()).append(" p=")
          .append(options.apiFaults().probability()).append('\n');
    }
    sb.append("Stop with Ctrl+C.\n");
    return sb.toString();
  }

  /** Runs the command line; returns the exit status, or blocks until the JVM is stopped. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (UsageException e) {
      err.println("podio-emulator: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options.help()) {
      out.print(USAGE);
      return 0;
    }
    PodioEmulator emulator;
    try {
      emulator = options.builder().start();
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("podio-emulator: " + e.getMessage());
      return 1;
    }
    options.tokenFaults().applyTo(emulator.tokenEndpointFaults());
    options.apiFaults().applyTo(emulator.apiFaults());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "podio-emulator-shutdown"));
    out.print(banner(emulator, options));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
