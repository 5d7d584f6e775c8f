package io.podiokit.benchmarks;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.podiokit.Authentication;
import io.podiokit.ClientCredentials;
import io.podiokit.PodioAuth;
import io.podiokit.session.redis.RedisSessionStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Counts the Redis commands one {@link Authentication#accessToken()} on a fresh token sends, with {@code INFO stats}'
 * {@code total_commands_processed} before and after 100,000 calls, on a {@code redis-server} of its own (so nobody
 * else's commands are counted). Run: {@code java -cp podio-benchmarks/target/benchmarks.jar
 * io.podiokit.benchmarks.StoreCommandsPerCall [calls]}.
 */
public final class StoreCommandsPerCall {

  private StoreCommandsPerCall() {}

  /**
   * Runs the count and prints it.
   *
   * @param args optionally the number of calls (default 100,000)
   * @throws Exception if redis-server cannot be started
   */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path dir = Files.createTempDirectory("podio-commands-");
    Process server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--save", "",
        "--appendonly", "no", "--dir", dir.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile()).start();
    String uri = "redis://127.0.0.1:" + port;
    RedisClient client = RedisClient.create(uri);
    try {
      StatefulRedisConnection<String, String> raw = connect(client, server);
      try (RedisSessionStore store = RedisSessionStore.open(uri);
           PodioAuth auth = PodioAuth.builder()
               .credentials(new ClientCredentials(Samples.CLIENT_ID, Samples.CLIENT_SECRET))
               .tokenEndpoint(grant -> {
                 throw new IllegalStateException("the token endpoint must not be called");
               })
               .sessionStore(store).build()) {
        store.save(Samples.session("3b8e5f0a9c2d4e6f8a1b3c5d7e9f0a2b"));
        Authentication app = auth.forKey(Samples.key());
        app.accessToken();
        long before = commands(raw);
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
          app.accessToken();
        }
        long elapsed = System.nanoTime() - started;
        long after = commands(raw);
        long sent = after - before - 1; // the second INFO counts itself
        System.out.printf("%d accessToken() calls on a fresh token in %d ms: %d Redis commands (%.6f per call)%n",
            calls, Duration.ofNanos(elapsed).toMillis(), sent, (double) sent / calls);
      }
      raw.close();
    } finally {
      client.shutdown();
      server.destroy();
    }
  }

  private static StatefulRedisConnection<String, String> connect(RedisClient client, Process server)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return client.connect();
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > deadline || !server.isAlive()) {
          throw new IOException("redis-server did not start", notYet);
        }
        Thread.sleep(50);
      }
    }
  }

  private static long commands(StatefulRedisConnection<String, String> raw) {
    for (String line : raw.sync().info("stats").split("\r?\n")) {
      if (line.startsWith("total_commands_processed:")) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    throw new IllegalStateException("INFO stats has no total_commands_processed");
  }
}
