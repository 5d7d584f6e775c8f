package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import java.io.PrintStream;

/** App authentication: an app's id and token give access to that app, with no user involved. */
final class AppExample {

  private AppExample() {}

  static void run(Settings settings, PrintStream out) {
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build()) {
      AppCredentials app = podio.app(0);
      out.println("App authentication against " + podio.description() + ".");
      podio.forgetEarlierRuns(client.forApp(app.appId()));

      Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
      out.println("Authenticated as app " + app.appId() + " (session " + auth.state() + ").");

      PodioApi api = client.api(auth);
      out.println("GET /app/" + app.appId() + ": the app is named \"" + Podio.appName(api, app.appId()) + "\".");
    }
  }
}
