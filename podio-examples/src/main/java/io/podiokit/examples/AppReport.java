package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioClient;
import java.util.Objects;

/** An application service of the kind a container wires: it gets a {@link PodioClient} and calls Podio with it. */
public final class AppReport {

  private final PodioClient client;
  private final AppCredentials app;

  /** A report on {@code app}, made through {@code client}. */
  public AppReport(PodioClient client, AppCredentials app) {
    this.client = Objects.requireNonNull(client, "client == null");
    this.app = Objects.requireNonNull(app, "app == null");
  }

  /** Authenticates as the app (reusing a stored session) and answers a line naming it: {@code GET /app/{id}}. */
  public String describe() {
    Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
    return "App " + app.appId() + " is named \"" + Podio.appName(client.api(auth), app.appId()) + "\".";
  }

  /** The app this report is about. */
  public long appId() {
    return app.appId();
  }
}
