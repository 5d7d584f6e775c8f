package io.podiokit.http.retrofit;

import io.podiokit.TestClock;
import io.podiokit.emulator.PodioEmulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One emulator and one client sharing a {@link TestClock}, with the values the tests know and look for: a client, an
 * app and a user whose secrets are distinctive strings.
 */
final class Fixture implements AutoCloseable {

  static final String CLIENT_ID = "podiokit-test";
  static final String CLIENT_SECRET = "S3CRET-client-b7f1d2";
  static final long APP_ID = 4711;
  static final String APP_TOKEN = "S3CRET-apptoken-9c4e";
  static final String MAIL = "ada@example.com";
  static final String PASSWORD = "S3CRET-password-5a1f";
  static final String NAME = "Ada Lovelace";
  static final String REDIRECT = "http://127.0.0.1:9/callback";

  final TestClock clock = TestClock.atSystemTime();
  final PodioEmulator podio;
  final MapSessionStore store = new MapSessionStore();
  /** What the client's retries waited, in order; waiting moves the test clock instead of the thread. */
  final List<Duration> slept = new CopyOnWriteArrayList<>();

  Fixture() {
    this(PodioEmulator.builder());
  }

  Fixture(PodioEmulator.Builder emulator) {
    podio = emulator.client(CLIENT_ID, CLIENT_SECRET).app(APP_ID, APP_TOKEN, "Tasks").user(MAIL, PASSWORD, NAME)
        .clock(clock).start();
  }

  /** A client builder pointed at the emulator, on the shared clock, whose retries record their waits. */
  PodioClient.Builder client() {
    return PodioClient.builder()
        .credentials(CLIENT_ID, CLIENT_SECRET)
        .apiUrl(podio.baseUrl())
        .authorizeUrl(podio.authorizeUrl())
        .sessionStore(store)
        .clock(clock)
        .sleeper(d -> {
          slept.add(d);
          clock.advance(d);
        });
  }

  @Override
  public void close() {
    podio.close();
  }
}
