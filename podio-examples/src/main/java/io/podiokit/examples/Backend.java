package io.podiokit.examples;

import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.PodioAuth;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.PodioEmulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Podio the examples talk to: an embedded {@link PodioEmulator} when no API URL is set (seeded with the settings,
 * the demo set where one is absent), or the server at {@code PODIO_API_URL} with the credentials given. Closing it
 * stops the embedded emulator, if any.
 */
public final class Backend implements AutoCloseable {

  /** The second app of the embedded emulator, so that two apps can be authenticated at once. */
  static final AppCredentials SECOND_DEMO_APP = new AppCredentials(1002L, "demo-app-token-2");

  private final @Nullable PodioEmulator emulator;
  private final URI apiUrl;
  private final URI authorizeUrl;
  private final String clientId;
  private final String clientSecret;
  private final List<AppCredentials> apps;
  private final @Nullable String username;
  private final @Nullable String password;
  private final Clock clock;

  private Backend(@Nullable PodioEmulator emulator, URI apiUrl, URI authorizeUrl, String clientId,
                  String clientSecret, List<AppCredentials> apps, @Nullable String username,
                  @Nullable String password, Clock clock) {
    this.emulator = emulator;
    this.apiUrl = apiUrl;
    this.authorizeUrl = authorizeUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.apps = List.copyOf(apps);
    this.username = username;
    this.password = password;
    this.clock = clock;
  }

  /**
   * Starts the embedded emulator on {@code clock}, or points at the configured server (where time is the system's).
   *
   * @throws UsageException if a server is configured without a client id and secret
   */
  public static Backend open(Settings settings, Clock clock) {
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(clock, "clock == null");
    if (settings.apiUrl() == null) {
      return embedded(settings, clock);
    }
    List<String> missing = new ArrayList<>();
    if (settings.clientId() == null) {
      missing.add("PODIO_CLIENT_ID");
    }
    if (settings.clientSecret() == null) {
      missing.add("PODIO_CLIENT_SECRET");
    }
    if (!missing.isEmpty()) {
      throw new UsageException("PODIO_API_URL is set, so the examples talk to " + settings.apiUrl() + " and need "
          + String.join(" and ", missing) + " (your API key, from https://podio.com/settings/api).");
    }
    URI authorize = settings.authorizeUrl() == null ? PodioAuth.DEFAULT_AUTHORIZE_URL : settings.authorizeUrl();
    return new Backend(null, settings.apiUrl(), authorize, Objects.requireNonNull(settings.clientId()),
        Objects.requireNonNull(settings.clientSecret()),
        settings.apps(), settings.username(), settings.password(), Clock.system());
  }

  private static Backend embedded(Settings settings, Clock clock) {
    String clientId = settings.clientId() == null ? PodioEmulator.DEMO_CLIENT_ID : settings.clientId();
    String clientSecret = settings.clientSecret() == null ? PodioEmulator.DEMO_CLIENT_SECRET : settings.clientSecret();
    List<AppCredentials> apps = settings.apps().isEmpty()
        ? List.of(new AppCredentials(PodioEmulator.DEMO_APP_ID, PodioEmulator.DEMO_APP_TOKEN), SECOND_DEMO_APP)
        : settings.apps();
    String username = settings.username() == null ? PodioEmulator.DEMO_USER_EMAIL : settings.username();
    String password = settings.password() == null ? PodioEmulator.DEMO_USER_PASSWORD : settings.password();
    PodioEmulator.Builder builder = PodioEmulator.builder().client(clientId, clientSecret).clock(clock)
        .user(username, password, username.equals(PodioEmulator.DEMO_USER_EMAIL) ? PodioEmulator.DEMO_USER_NAME
            : username.substring(0, username.indexOf('@') < 0 ? username.length() : username.indexOf('@')));
    for (AppCredentials app : apps) {
      builder.app(app.appId(), app.appToken(), app.appId() == PodioEmulator.DEMO_APP_ID ? "Demo App"
          : app.appId() == SECOND_DEMO_APP.appId() ? "Second App" : "App " + app.appId());
    }
    PodioEmulator emulator = builder.start();
    URI authorize = settings.authorizeUrl() == null ? emulator.authorizeUrl() : settings.authorizeUrl();
    return new Backend(emulator, emulator.baseUrl(), authorize, clientId, clientSecret, apps, username, password,
        clock);
  }

  /** The embedded emulator, when no server was configured. */
  public Optional<PodioEmulator> emulator() {
    return Optional.ofNullable(emulator);
  }

  /**
   * With the embedded emulator, deletes the sessions of {@code authentications} that an earlier run left in a shared
   * store (Redis, a database): their tokens were issued by another emulator. Does nothing against a real server,
   * where a stored session is exactly what should be reused.
   */
  public void forgetEarlierRuns(Authentication... authentications) {
    if (emulator != null) {
      for (Authentication authentication : authentications) {
        if (authentication.session().isPresent()) {
          authentication.signOut();
        }
      }
    }
  }

  /** A few words saying where the examples talk to. */
  public String description() {
    return emulator != null ? "an embedded Podio emulator at " + apiUrl + " (demo data, nothing leaves this machine)"
        : "the Podio API at " + apiUrl;
  }

  /** The API's base URL. */
  public URI apiUrl() {
    return apiUrl;
  }

  /** The authorization page. */
  public URI authorizeUrl() {
    return authorizeUrl;
  }

  /** The time the client reads: the clock given to {@link #open} with the emulator, the system's otherwise. */
  public Clock clock() {
    return clock;
  }

  /** A client builder set up for this Podio (API key, URLs, clock); add a session store and build. */
  public PodioClient.Builder clientBuilder() {
    return PodioClient.builder()
        .credentials(clientId, clientSecret)
        .apiUrl(apiUrl)
        .authorizeUrl(authorizeUrl)
        .clock(clock);
  }

  /**
   * The {@code index}th configured app (from 0).
   *
   * @throws UsageException if fewer apps are configured
   */
  public AppCredentials app(int index) {
    if (index >= apps.size()) {
      throw new UsageException(index == 0
          ? "This example needs an app: set PODIO_APP_ID and PODIO_APP_TOKEN (from the app's Developer page)."
          : "This example needs " + (index + 1) + " apps: set PODIO_APP_ID=id1,id2 and PODIO_APP_TOKEN=token1,token2 "
              + "(comma-separated, in the same order).");
    }
    return apps.get(index);
  }

  /**
   * The configured user's email and password.
   *
   * @throws UsageException if they are not configured
   */
  public User user() {
    if (username == null || password == null) {
      throw new UsageException("This example needs a Podio user: set PODIO_USERNAME and PODIO_PASSWORD.");
    }
    return new User(username, password);
  }

  /**
   * A Podio user's sign-in.
   *
   * @param username the user's email
   * @param password the user's password (a secret)
   */
  public record User(String username, String password) {
    public User {
      Objects.requireNonNull(username, "username == null");
      Objects.requireNonNull(password, "password == null");
    }

    @Override
    public String toString() {
      return "User[username=" + username + ", password=******]";
    }
  }

  @Override
  public void close() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  public String toString() {
    return "Backend[" + description() + ", clientId=" + clientId + "]";
  }
}
