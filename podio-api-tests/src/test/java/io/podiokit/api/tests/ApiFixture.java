package io.podiokit.api.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.Authentication;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;

/**
 * An emulator with the demo set and a client pointed at it, for calling typed operations over real HTTP and checking
 * both what the emulator received ({@link #last()}) and what the client parsed. One per test class:
 *
 * <pre>{@code
 * static final ApiFixture api = ApiFixture.start();
 * @AfterAll static void stop() { api.close(); }
 * }</pre>
 */
public final class ApiFixture implements AutoCloseable {

  /** The emulator. */
  public final PodioEmulator podio;
  /** The client. */
  public final PodioClient client;
  private final SessionStore store;
  private final Authentication user;
  private final Authentication app;

  private ApiFixture(PodioEmulator.Builder emulator) {
    this.podio = emulator.start();
    this.store = SessionStores.open("memory:");
    this.client = PodioClient.builder()
        .credentials(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET)
        .apiUrl(podio.baseUrl())
        .authorizeUrl(podio.authorizeUrl())
        .sessionStore(store)
        .build();
    this.user = client.authenticateWithPassword(PodioEmulator.DEMO_USER_EMAIL, PodioEmulator.DEMO_USER_PASSWORD);
    this.app = client.authenticateWithApp(PodioEmulator.DEMO_APP_ID, PodioEmulator.DEMO_APP_TOKEN);
  }

  /** An emulator with the demo set (a client, an app, a user), started, and a client for it. */
  public static ApiFixture start() {
    return new ApiFixture(PodioEmulator.builder().demoData());
  }

  /** {@code emulator} started, and a client for it; the builder must hold the demo set. */
  public static ApiFixture start(PodioEmulator.Builder emulator) {
    return new ApiFixture(emulator);
  }

  /** The API as the demo user ({@link PodioEmulator#DEMO_USER_EMAIL}). */
  public PodioApi user() {
    return client.api(user);
  }

  /** The API as the demo app ({@link PodioEmulator#DEMO_APP_ID}). */
  public PodioApi app() {
    return client.api(app);
  }

  /** The demo user's id in the emulator. */
  public long userId() {
    return podio.userId(PodioEmulator.DEMO_USER_EMAIL);
  }

  /** The last API call the emulator received. */
  public RecordedRequest last() {
    return podio.lastRequest();
  }

  /**
   * The last API call the emulator received, checked to be {@code method} on {@code path}.
   *
   * @param method the HTTP method it must have
   * @param path the path it must have
   * @return the call
   */
  public RecordedRequest last(String method, String path) {
    RecordedRequest r = podio.lastRequest();
    assertThat(r.method()).isEqualTo(method);
    assertThat(r.path()).isEqualTo(path);
    return r;
  }

  @Override
  public void close() {
    client.close();
    podio.close();
    try {
      store.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
