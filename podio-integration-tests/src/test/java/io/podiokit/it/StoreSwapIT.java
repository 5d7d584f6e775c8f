package io.podiokit.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.podiokit.Authentication;
import io.podiokit.EncryptingSessionStore;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.PodioEmulator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same client code on every store, chosen only by the store's URI string: a user swaps Redis for PostgreSQL by
 * configuration, not by code. And with encryption at rest, the bytes in Redis and in the database hold no token.
 */
class StoreSwapIT {

  private static final long APP_ID = 4242;
  private static final String APP_TOKEN = "swap-app-token";
  private static PodioEmulator emulator;

  @BeforeAll
  static void startEmulator() {
    emulator = PodioEmulator.builder().client("swap-client", "swap-secret").app(APP_ID, APP_TOKEN, "Swap app").start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  /** What a user's program does; only {@code storeUri} changes between stores. */
  private static String run(String storeUri) {
    try (SessionStore store = SessionStores.open(storeUri);
         PodioClient client = PodioClient.builder().credentials("swap-client", "swap-secret")
             .apiUrl(emulator.baseUrl()).authorizeUrl(emulator.authorizeUrl()).sessionStore(store).build()) {
      Authentication app = client.authenticateWithApp(APP_ID, APP_TOKEN);
      return client.api(app).apps().app(APP_ID).config().name();
    }
  }

  private static void assertSameBehaviour(String storeUri) {
    long exchangesBefore = emulator.counters().exchanges("app");
    assertThat(run(storeUri)).isEqualTo("Swap app");
    assertThat(emulator.counters().exchanges("app")).isEqualTo(exchangesBefore + 1);
    // A second run (another process, say) finds the stored session and does not authenticate again.
    assertThat(run(storeUri)).isEqualTo("Swap app");
    assertThat(emulator.counters().exchanges("app")).isEqualTo(exchangesBefore + 1);
  }

  @Test
  void memory() {
    // In-process only: each run opens a new, empty memory store, so the second run authenticates again.
    long before = emulator.counters().exchanges("app");
    assertThat(run("memory:?maximumSize=100")).isEqualTo("Swap app");
    assertThat(emulator.counters().exchanges("app")).isEqualTo(before + 1);
  }

  @Test
  void redis() {
    assertSameBehaviour(Stores.redisWithOwnPrefix());
  }

  @Test
  void h2() {
    assertSameBehaviour(Stores.h2InMemory());
  }

  @Test
  void postgresql() {
    Stores.Jdbc db = Stores.postgres();
    try {
      assertSameBehaviour(db.uri());
    } finally {
      db.drop();
    }
  }

  @Test
  void mariadb() {
    Stores.Jdbc db = Stores.mariadb();
    try {
      assertSameBehaviour(db.uri());
    } finally {
      db.drop();
    }
  }

  // --- encryption at rest ------------------------------------------------------------------------------------------

  private static final String KEY = EncryptingSessionStore.generateKey();

  /** Authenticates through an encrypting store and returns the access token the client holds. */
  private static String authenticateEncrypted(String storeUri) {
    try (SessionStore store = EncryptingSessionStore.builder(SessionStores.open(storeUri)).key("k1", KEY).build();
         PodioClient client = PodioClient.builder().credentials("swap-client", "swap-secret")
             .apiUrl(emulator.baseUrl()).authorizeUrl(emulator.authorizeUrl()).sessionStore(store).build()) {
      Authentication app = client.authenticateWithApp(APP_ID, APP_TOKEN);
      assertThat(client.api(app).apps().app(APP_ID).config().name()).isEqualTo("Swap app");
      return app.accessToken();
    }
  }

  @Test
  void theBytesInRedisHoldNoToken() {
    String prefix = "podio:it:" + Stores.shortId() + ":";
    String base = Stores.redis();
    String token = authenticateEncrypted(base + (base.contains("?") ? "&" : "?") + "prefix=" + prefix);
    RedisClient redis = RedisClient.create(base);
    try (StatefulRedisConnection<byte[], byte[]> c = redis.connect(new io.lettuce.core.codec.ByteArrayCodec())) {
      var keys = c.sync().keys(prefix + "*");
      assertThat(keys).isNotEmpty();
      StringBuilder everything = new StringBuilder();
      for (byte[] key : keys) {
        if (new String(key, StandardCharsets.UTF_8).endsWith(":lock")) {
          continue;
        }
        for (Map.Entry<byte[], byte[]> field : c.sync().hgetall(key).entrySet()) {
          everything.append(new String(field.getKey(), StandardCharsets.UTF_8)).append('=')
              .append(new String(field.getValue(), StandardCharsets.UTF_8)).append('\n');
        }
        c.sync().del(key);
      }
      assertThat(everything).contains("access_token=pk1:k1:").doesNotContain(token);
    } finally {
      redis.shutdown();
    }
  }

  @Test
  void theRowsInTheDatabaseHoldNoToken() throws Exception {
    String uri = Stores.h2InMemory();
    String token = authenticateEncrypted(uri);
    String url = uri.substring(0, uri.indexOf(";podio."));
    String table = uri.substring(uri.indexOf("podio.table=") + "podio.table=".length());
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
      StringBuilder everything = new StringBuilder();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          everything.append(rows.getString(i)).append('|');
        }
      }
      assertThat(everything).contains("pk1:k1:").doesNotContain(token);
    }
  }
}
