package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.EmulatorCounters;
import io.podiokit.emulator.PodioEmulator;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The store is configuration, not code: the same lines run on whichever store {@code PODIO_SESSION_STORE} names
 * ({@code memory:}, {@code redis://...}, {@code jdbc:...}). A second client, with its own connection to the store as
 * another process would have, reuses the session the first one stored.
 */
final class StoreExample {

  private StoreExample() {}

  static void run(Settings settings, PrintStream out) {
    String uri = settings.sessionStore();
    String shown = Redactions.storeUri(uri);
    boolean inProcess = uri.toLowerCase(Locale.ROOT).startsWith("memory:");
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(uri)) {
      AppCredentials app = podio.app(0);
      Optional<PodioEmulator> emulator = podio.emulator();
      out.println("Session store " + shown + ", opened by SessionStores.open (stores on the classpath: "
          + String.join(", ", SessionStores.availableSchemes()) + "), against " + podio.description() + ".");

      try (PodioClient client = podio.clientBuilder().sessionStore(store).build()) {
        podio.forgetEarlierRuns(client.forApp(app.appId()));
        Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
        out.println("The first client authenticated app " + app.appId() + " and stored its session (version "
            + auth.session().orElseThrow().version() + "); GET /app/" + app.appId() + " says \""
            + Podio.appName(client.api(auth), app.appId()) + "\".");
      }

      Optional<EmulatorCounters> before = emulator.map(PodioEmulator::counters);
      SessionStore secondStore = inProcess ? store : SessionStores.open(uri);
      try (PodioClient client = podio.clientBuilder().sessionStore(secondStore).build()) {
        Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
        out.println((inProcess
            ? "A second client on the same in-process store"
            : "A second client, on its own connection to " + shown + " as another process would have,")
            + " found the stored session (version " + auth.session().orElseThrow().version() + ") and GET /app/"
            + app.appId() + " says \"" + Podio.appName(client.api(auth), app.appId()) + "\".");
      } finally {
        if (!inProcess) {
          secondStore.close();
        }
      }
      before.ifPresent(b -> out.println("Tokens issued by the emulator: " + b.exchanges() + " before the second "
          + "client, " + emulator.get().counters().exchanges() + " after: the session was reused, not re-created."));
      if (inProcess) {
        out.println("memory: keeps sessions in this process only; set PODIO_SESSION_STORE to a redis:// or jdbc: URI "
            + "to share them between processes and restarts.");
      }
    }
  }
}
