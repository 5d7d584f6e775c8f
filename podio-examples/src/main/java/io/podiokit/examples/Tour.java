package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Session;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.TestClock;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.EmulatorCounters;
import io.podiokit.emulator.PodioEmulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The tour: app authentication, an API call, a refresh after the clocks jump past the token's expiry, the stored
 * session reused by a second client without a new token, and two apps authenticated at once through one client.
 * On the embedded emulator, the emulator and the client share one {@link TestClock}, so expiry takes no waiting.
 */
final class Tour {

  private Tour() {}

  static void run(Settings settings, PrintStream out) {
    TestClock clock = TestClock.atSystemTime();
    try (Backend podio = Backend.open(settings, clock);
         SessionStore store = SessionStores.open(settings.sessionStore())) {
      Optional<PodioEmulator> emulator = podio.emulator();
      EventLog events = new EventLog();
      AppCredentials app = podio.app(0);
      out.println("podiokit tour, against " + podio.description() + ".");
      out.println("Sessions are kept in the store " + Redactions.storeUri(settings.sessionStore()) + ".");
      out.println();

      try (PodioClient client = podio.clientBuilder().sessionStore(store).listener(events).build()) {
        podio.forgetEarlierRuns(client.forApp(app.appId()));

        out.println("1. App authentication");
        Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
        Session first = auth.session().orElseThrow();
        out.println("   Authenticated as app " + app.appId() + ": the session is " + auth.state()
            + ", its access token expires at " + first.token().expiresAt() + ".");
        events.print(out);
        emulator.ifPresent(e -> out.println("   The emulator has issued " + e.counters().exchanges("app")
            + " token for the app grant."));

        out.println("2. An API call");
        out.println("   GET /app/" + app.appId() + " says the app is named \""
            + Podio.appName(client.api(auth), app.appId()) + "\".");

        out.println("3. A refresh");
        if (emulator.isPresent()) {
          Duration jump = Duration.between(clock.now(), first.token().expiresAt()).plusMinutes(1);
          clock.advance(jump);
          out.println("   The emulator's clock and the client's clock jumped " + jump.toHours() + " h "
              + jump.toMinutesPart() + " min ahead, past the token's expiry: the session is now " + auth.state()
              + ".");
          out.println("   GET /app/" + app.appId() + " again says \"" + Podio.appName(client.api(auth), app.appId())
              + "\": the client refreshed the token before the call.");
        } else {
          out.println("   A real server's clock cannot jump, so the tour asks for a refresh now.");
          auth.refresh();
          out.println("   GET /app/" + app.appId() + " again says \"" + Podio.appName(client.api(auth), app.appId())
              + "\".");
        }
        Session refreshed = auth.session().orElseThrow();
        events.print(out);
        out.println("   The stored session went from version " + first.version() + " to version "
            + refreshed.version() + "; the new access token expires at " + refreshed.token().expiresAt() + ".");
        emulator.ifPresent(e -> out.println("   The emulator counted " + e.counters().refreshes() + " refresh."));

        out.println("4. The stored session, reused");
        Optional<EmulatorCounters> before = emulator.map(PodioEmulator::counters);
        try (PodioClient second = podio.clientBuilder().sessionStore(store).listener(events).build()) {
          Authentication again = second.authenticateWithApp(app.appId(), app.appToken());
          String name = Podio.appName(second.api(again), app.appId());
          out.println("   A second PodioClient on the same store authenticated app " + app.appId()
              + " and called GET /app/" + app.appId() + " (\"" + name + "\") with the stored session, version "
              + again.session().orElseThrow().version() + ".");
          events.print(out);
          before.ifPresent(b -> out.println("   Tokens issued by the emulator: " + b.exchanges() + " before, "
              + emulator.get().counters().exchanges() + " after: it did not authenticate again."));
        }

        out.println("5. Multiple authentications");
        if (settings.apiUrl() != null && settings.apps().size() < 2) {
          out.println("   Skipped: set two apps (PODIO_APP_ID=id1,id2 and PODIO_APP_TOKEN=token1,token2) to see it.");
        } else {
          AppCredentials other = podio.app(1);
          podio.forgetEarlierRuns(client.forApp(other.appId()));
          Authentication second = client.authenticateWithApp(other.appId(), other.appToken());
          out.println("   One client, two apps at once: app " + app.appId() + " is \""
              + Podio.appName(client.api(auth), app.appId()) + "\" and app " + other.appId() + " is \""
              + Podio.appName(client.api(second), other.appId()) + "\", each call signed with its own app's token.");
          events.print(out);
          out.println("   Two sessions side by side in the store: " + EventLog.describe(auth.key()) + " and "
              + EventLog.describe(second.key()) + ".");
        }
      }
      out.println();
      out.println("Done. No token was printed: podiokit keeps them in the store and out of logs.");
    }
  }
}
