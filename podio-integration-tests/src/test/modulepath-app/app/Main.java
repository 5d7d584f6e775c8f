package app;

import app.closed.ClosedView;
import io.podiokit.Authentication;
import io.podiokit.PodioException;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;

/**
 * Authenticates as an app with its session in Redis, reads the app through the typed service and as its own record,
 * and tries to read a record from a package it did not open to Moshi. Arguments: API URL, store URI, client id,
 * client secret, app id, app token.
 */
public final class Main {

  /** The part of {@code GET /app/{id}} this application reads itself. */
  public record AppView(long app_id, Config config) {
    /** The app's settings. */
    public record Config(String name) {}
  }

  public static void main(String[] args) {
    long appId = Long.parseLong(args[4]);
    try (SessionStore store = SessionStores.open(args[1]);
         PodioClient client = PodioClient.builder().credentials(args[2], args[3]).apiUrl(args[0])
             .sessionStore(store).build()) {
      Authentication app = client.authenticateWithApp(appId, args[5]);
      PodioApi api = client.api(app);
      System.out.println("typed: " + api.apps().app(appId).config().name());
      System.out.println("own record: " + api.get("/app/" + appId, AppView.class).config().name());
      try {
        api.get("/app/" + appId, ClosedView.class);
        System.out.println("closed: read");
      } catch (PodioException e) {
        System.out.println("closed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }
}
