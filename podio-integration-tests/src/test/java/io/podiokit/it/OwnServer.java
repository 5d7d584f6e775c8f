package io.podiokit.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import redis.embedded.core.ExecutableProvider;

/**
 * A store server this test starts on a free loopback port so that it can kill it and start it again, keeping its data
 * (as a server with durable storage does): never the shared servers of the machine. Its files live under
 * {@code target/}.
 */
abstract class OwnServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  final String name;
  final int port;
  final Path dir;

  OwnServer(String name, String dirPrefix) {
    this.name = name;
    this.port = Stores.freePort();
    try {
      this.dir = Files.createDirectories(Path.of("target").toAbsolutePath()).resolve(dirPrefix + Stores.shortId());
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The store URI of this server, with a table or key prefix of its own. */
  abstract String storeUri();

  /** Starts the server (again, on the same port and data) and waits, bounded, until it answers. */
  abstract void start();

  /** Kills the server at once, as a crash would: no clean shutdown. */
  abstract void kill();

  @Override
  public void close() {
    kill();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover directory under target/ harms nothing.
    }
  }

  /** A redis-server (embedded-redis' binary) that appends every write to its file and syncs it before answering. */
  static OwnServer redis() {
    return new Redis();
  }

  /**
   * A PostgreSQL cluster of its own (initdb, pg_ctl), if the server's programs are installed; run as the
   * {@code postgres} user when this JVM runs as root.
   */
  static Optional<OwnServer> postgres() {
    Optional<Path> bin = PostgreSql.binaries();
    return bin.map(PostgreSql::new);
  }

  static boolean answers(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(name + " on port " + port + " did not " + what + " within " + START_TIMEOUT
            + "; see " + dir);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  static Process run(List<String> command, Path log) {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
          log.toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    }
  }

  static void runToEnd(List<String> command, Path log) {
    Process process = run(command, log);
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static final class Redis extends OwnServer {
    private @Nullable Process process;

    Redis() {
      super("redis-server", "redis-outage-");
    }

    @Override
    String storeUri() {
      return "redis://127.0.0.1:" + port + "?prefix=podio:it:" + Stores.shortId() + ":";
    }

    @Override
    synchronized void start() {
      Path binary;
      try {
        File file = ExecutableProvider.newJarResourceProvider().get();
        if (!file.canExecute() && !file.setExecutable(true)) {
          throw new IllegalStateException("cannot make " + file + " executable");
        }
        binary = file.toPath();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot extract the redis-server binary of embedded-redis", e);
      }
      process = run(List.of(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
          "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", dir.toString()),
          dir.resolve("redis.log"));
      await("answer", () -> answers(port));
    }

    @Override
    synchronized void kill() {
      Process running = process;
      process = null;
      if (running != null) {
        try {
          running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private static final class PostgreSql extends OwnServer {
    private final Path bin;
    private boolean initialized;

    PostgreSql(Path bin) {
      super("PostgreSQL", "pg-outage-");
      this.bin = bin;
    }

    /** The directory of the newest installed PostgreSQL server's programs, if any. */
    static Optional<Path> binaries() {
      try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
        return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
            && Files.isExecutable(b.resolve("pg_ctl"))).max(Comparator.comparing(Path::toString));
      } catch (IOException e) {
        return Optional.empty();
      }
    }

    @Override
    String storeUri() {
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&podio.createTable=true"
          + "&podio.table=podio_session_" + Stores.shortId();
    }

    @Override
    synchronized void start() {
      if (!initialized) {
        asRoot();
        runToEnd(command("initdb", "-D", data(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"),
            dir.resolve("initdb.log"));
        initialized = true;
      }
      runToEnd(command("pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
          "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"),
          dir.resolve("pg_ctl.log"));
      await("answer", () -> answers(port));
    }

    @Override
    synchronized void kill() {
      if (initialized && Files.exists(dir.resolve("data").resolve("postmaster.pid"))) {
        runToEnd(command("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop"), dir.resolve("pg_ctl.log"));
      }
    }

    private String data() {
      return dir.resolve("data").toString();
    }

    /** Hands the directory to the {@code postgres} user when running as root: PostgreSQL refuses to run as root. */
    private void asRoot() {
      if (!runningAsRoot()) {
        return;
      }
      try {
        UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      } catch (IOException e) {
        throw new UncheckedIOException("running as root, and cannot hand " + dir + " to the postgres user", e);
      }
    }

    private List<String> command(String program, String... args) {
      List<String> command = new ArrayList<>();
      if (runningAsRoot()) {
        command.addAll(List.of("runuser", "-u", "postgres", "--"));
      }
      command.add(bin.resolve(program).toString());
      command.addAll(List.of(args));
      return command;
    }

    private static boolean runningAsRoot() {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
