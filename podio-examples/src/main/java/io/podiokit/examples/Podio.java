package io.podiokit.examples;

import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.api.app.App;
import io.podiokit.api.user.UserStatus;

/** The two API calls the examples make, read the way a person would say them. */
final class Podio {

  private Podio() {}

  /** {@code GET /app/{id}}: the app's name. */
  static String appName(PodioApi api, long appId) {
    App app = api.apps().app(appId);
    String name = app.config() == null ? null : app.config().name();
    return name == null ? "app " + appId : name;
  }

  /** {@code GET /user/status}: the user's name, or their email when Podio sends no profile. */
  static String userName(PodioApi api) {
    UserStatus status = api.users().status();
    String name = status.profile() == null ? null : status.profile().name();
    return name != null ? name : status.user().mail() != null ? status.user().mail() : "user " + status.user().userId();
  }
}
