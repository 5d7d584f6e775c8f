package io.podiokit.examples;

import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.PodioEmulator;

/** What the web examples run against in tests: an emulator with the demo data, a memory store, and a client on both. */
final class DemoPodio implements AutoCloseable {

  final PodioEmulator podio;
  final SessionStore store;
  final PodioClient client;

  private DemoPodio(PodioEmulator podio, SessionStore store, PodioClient client) {
    this.podio = podio;
    this.store = store;
    this.client = client;
  }

  static DemoPodio start() {
    PodioEmulator podio = PodioEmulator.builder().demoData().start();
    SessionStore store = SessionStores.open("memory:");
    PodioClient client = PodioClient.builder().credentials(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET)
        .apiUrl(podio.baseUrl()).authorizeUrl(podio.authorizeUrl()).sessionStore(store).build();
    return new DemoPodio(podio, store, client);
  }

  @Override
  public void close() {
    client.close();
    store.close();
    podio.close();
  }
}
