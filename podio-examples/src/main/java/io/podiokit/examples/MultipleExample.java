package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioClient;
import java.io.PrintStream;

/**
 * Multiple authentications: one client, two apps authenticated at once. Each {@link Authentication} is a cheap
 * handle on its own session; {@code client.api(authentication)} signs calls with that session's token. There is
 * nothing to switch.
 */
final class MultipleExample {

  private MultipleExample() {}

  static void run(Settings settings, PrintStream out) {
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build()) {
      AppCredentials first = podio.app(0);
      AppCredentials second = podio.app(1);
      out.println("Two apps through one client, against " + podio.description() + ".");
      podio.forgetEarlierRuns(client.forApp(first.appId()), client.forApp(second.appId()));

      Authentication one = client.authenticateWithApp(first.appId(), first.appToken());
      Authentication two = client.authenticateWithApp(second.appId(), second.appToken());
      out.println("Authenticated app " + first.appId() + " and app " + two.key().identifier() + ".");

      out.println("As app " + first.appId() + ": GET /app/" + first.appId() + " is \""
          + Podio.appName(client.api(one), first.appId()) + "\".");
      out.println("As app " + second.appId() + ": GET /app/" + second.appId() + " is \""
          + Podio.appName(client.api(two), second.appId()) + "\".");
      out.println("Both sessions stay usable side by side: app " + first.appId() + " is " + one.state() + ", app "
          + second.appId() + " is " + two.state() + ".");
    }
  }
}
