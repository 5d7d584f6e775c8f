package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import java.io.PrintStream;

/**
 * Password authentication: full access to whatever the user can see. Keep it for tests and scripts; the password
 * stays in memory, never in the store.
 */
final class PasswordExample {

  private PasswordExample() {}

  static void run(Settings settings, PrintStream out) {
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build()) {
      Backend.User user = podio.user();
      out.println("Password authentication against " + podio.description() + ".");
      podio.forgetEarlierRuns(client.forKey(SessionKey.password(client.auth().credentials().clientId(),
          user.username())));

      Authentication auth = client.authenticateWithPassword(user.username(), user.password());
      out.println("Authenticated as " + user.username() + " (session " + auth.state() + ").");

      PodioApi api = client.api(auth);
      out.println("GET /user/status: the user's name is \"" + Podio.userName(api) + "\".");
    }
  }
}
