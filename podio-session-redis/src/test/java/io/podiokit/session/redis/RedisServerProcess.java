package io.podiokit.session.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import redis.embedded.core.ExecutableProvider;

/**
 * A {@code redis-server} process on a free loopback port, started and stopped by the test: the binary that
 * embedded-redis ships (Maven Central), so it runs wherever the build does. No persistence, its own directory. The same
 * binary runs a Sentinel ({@code redis-server <config> --sentinel}) with its config file in that directory.
 */
final class RedisServerProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  private static @Nullable Path binary;

  final int port;
  private final List<String> settings;
  private final @Nullable List<String> sentinelConfig;
  private final Path dir;
  private @Nullable Process process;

  private RedisServerProcess(int port, List<String> settings, @Nullable List<String> sentinelConfig) {
    this.port = port;
    this.settings = List.copyOf(settings);
    this.sentinelConfig = sentinelConfig == null ? null : List.copyOf(sentinelConfig);
    try {
      this.dir = Files.createTempDirectory("podio-redis-" + port + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A process on a free port with extra {@code --name value} settings, not started yet. */
  static RedisServerProcess onFreePort(String... settings) {
    return new RedisServerProcess(freePort(), List.of(settings), null);
  }

  /**
   * A Sentinel on a free port, not started yet, whose config file holds {@code configLines} (e.g.
   * {@code sentinel monitor ...}). Sentinel rewrites that file as it learns the topology; a restart keeps it.
   */
  static RedisServerProcess sentinelOnFreePort(String... configLines) {
    return new RedisServerProcess(freePort(), List.of(), List.of(configLines));
  }

  /** A started process on a free port with extra settings. */
  static RedisServerProcess started(String... settings) {
    RedisServerProcess server = onFreePort(settings);
    server.start();
    return server;
  }

  /** Starts (or restarts, on the same port) the server and waits, bounded, until it answers. */
  synchronized void start() {
    if (process != null && process.isAlive()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(binary().toString()));
    if (sentinelConfig != null) {
      Path config = dir.resolve("sentinel.conf");
      try {
        if (Files.notExists(config)) {
          Files.write(config, sentinelConfig);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + config, e);
      }
      command.addAll(List.of(config.toString(), "--sentinel"));
    }
    command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
        "--dir", dir.toString()));
    command.addAll(settings);
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("redis.log").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server on port " + port + " exited: " + log());
      }
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException("redis-server on port " + port + " did not answer within " + START_TIMEOUT);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }

  /** Stops the server (its data is gone) and waits, bounded, until it has exited. */
  synchronized void stop() {
    Process running = process;
    process = null;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(10, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    stop();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A leftover temporary directory harms nothing.
    }
  }

  private boolean answers() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      // +PONG, or -NOAUTH when a password is required: either way the server is up.
      return reply != null && (reply.startsWith("+") || reply.startsWith("-NOAUTH"));
    } catch (IOException e) {
      return false;
    }
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("redis.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }

  private static synchronized Path binary() {
    if (binary == null) {
      try {
        File file = ExecutableProvider.newJarResourceProvider().get();
        if (!file.canExecute() && !file.setExecutable(true)) {
          throw new IllegalStateException("cannot make " + file + " executable");
        }
        binary = file.toPath();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot extract the redis-server binary of embedded-redis", e);
      }
    }
    return binary;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
