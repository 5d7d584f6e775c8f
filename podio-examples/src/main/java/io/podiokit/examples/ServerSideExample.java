package io.podiokit.examples;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.AuthException;
import io.podiokit.Authentication;
import io.podiokit.AuthorizationDeniedException;
import io.podiokit.AuthorizationRequest;
import io.podiokit.Clock;
import io.podiokit.InvalidCallbackException;
import io.podiokit.NotAuthenticatedException;
import io.podiokit.ReauthorizationRequiredException;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.PodioEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * The server-side flow as a small web app on 127.0.0.1. Its one page, {@code /}, handles three cases:
 * <ol>
 *   <li>not authenticated and not coming back from Podio: a "Start authenticating" link to Podio's authorization
 *       page (the {@link AuthorizationRequest} is kept for this browser until it comes back);</li>
 *   <li>already authenticated: the session is in the store, so the page greets the user by the name
 *       {@code GET /user/status} gives;</li>
 *   <li>coming back from Podio: with a {@code code}, the authorization is completed and the browser is sent to
 *       {@code /}, which now greets the user; with an {@code error}, the page says what Podio said.</li>
 * </ol>
 * {@code POST /signout} deletes the browser's session. Start it with {@link #start}; {@link #close()} stops it.
 */
public final class ServerSideExample implements AutoCloseable {

  /** The scope asked for: enough to read the user's own profile. */
  static final String SCOPE = "user:read";

  private final PodioClient client;
  private final Web web;

  private ServerSideExample(PodioClient client, int port) {
    this.client = client;
    this.web = Web.start(port, "server-side-example", this::handle);
  }

  /**
   * Starts the web app on 127.0.0.1:{@code port} (0 for a free one), authenticating users through {@code client}.
   * The client (and its store) stay yours to close.
   */
  public static ServerSideExample start(PodioClient client, int port) {
    return new ServerSideExample(Objects.requireNonNull(client, "client == null"), port);
  }

  /** The app's address: {@code http://127.0.0.1:PORT/}. */
  public URI url() {
    return web.url();
  }

  /** Stops the web app. */
  @Override
  public void close() {
    web.stop();
  }

  /** Runs the web app with the configured Podio and store until {@code waiter} says stop. */
  static void serve(Settings settings, PrintStream out, Examples.Waiter waiter) throws InterruptedException {
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build();
         ServerSideExample app = start(client, settings.port())) {
      out.println("The server-side flow, against " + podio.description() + ".");
      out.println("Open " + app.url() + " in your browser.");
      podio.emulator().ifPresent(e -> out.println("On the emulator's login page, sign in as "
          + podio.user().username() + " with the password from PODIO_PASSWORD (demo: "
          + PodioEmulator.DEMO_USER_PASSWORD + ")."));
      out.println("Press Ctrl-C to stop.");
      out.flush();
      waiter.awaitStop();
      out.println("Stopped.");
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (path.equals("/signout") && method.equals("POST")) {
      client.forUser(Web.browser(exchange)).signOut();
      Web.redirect(exchange, "/");
      return;
    }
    if (!path.equals("/")) {
      Web.page(exchange, 404, "Not found", "<p><a href=\"/\">Back to the start</a></p>");
      return;
    }
    if (!method.equals("GET")) {
      Web.page(exchange, 405, "Method not allowed", "<p>This page answers GET only.</p>");
      return;
    }
    String browser = Web.browser(exchange);
    Map<String, String> query = Web.query(exchange.getRequestURI().getRawQuery());
    boolean comingBack = query.containsKey("code") || query.containsKey("error");
    Authentication user = client.forUser(browser);

    if (!comingBack && !user.isAuthenticated()) {
      // Case 1: not authenticated, not coming back from Podio: link to Podio's authorization page.
      startPage(exchange, browser, 200, "Not authenticated", "");
    } else if (!comingBack) {
      // Case 2: already authenticated: the session is in the store.
      hello(exchange, browser, user);
    } else {
      // Case 3: coming back from Podio, with a code or an error.
      callback(exchange, browser);
    }
  }

  private void hello(HttpExchange exchange, String browser, Authentication user) throws IOException {
    String name;
    try {
      name = Podio.userName(client.api(user));
    } catch (NotAuthenticatedException | ReauthorizationRequiredException e) {
      startPage(exchange, browser, 200, "Not authenticated", "<p>Your session has ended; please authorize again.</p>");
      return;
    }
    Web.page(exchange, 200, "Hello, " + name,
        "<p id=\"greeting\">Hello, <span id=\"name\">" + Web.escape(name) + "</span>.</p>\n"
            + "<p>You are authenticated: this page found your session in the store, so no authentication is "
            + "needed.</p>\n<form method=\"post\" action=\"/signout\"><button id=\"signout\" type=\"submit\">"
            + "Sign out</button></form>");
  }

  private void callback(HttpExchange exchange, String browser) throws IOException {
    AuthorizationRequest request = web.finishAuthorization(browser);
    if (request == null) {
      startPage(exchange, browser, 400, "No authorization in progress",
          "<p>This browser has no authorization waiting to be completed (it was completed already, or started in "
              + "another browser). Start again.</p>");
      return;
    }
    try {
      // The query string carries the code (or the error) and the state, which is checked against the request's.
      client.completeAuthorization(browser, exchange.getRequestURI().getRawQuery(), request);
      Web.redirect(exchange, "/");
    } catch (AuthorizationDeniedException e) {
      startPage(exchange, browser, 200, "Not authorized",
          "<p id=\"error\">The user did not authorize this app. Podio said: "
              + Web.escape(e.description() != null ? e.description() : e.code()) + "</p>");
    } catch (InvalidCallbackException e) {
      startPage(exchange, browser, 400, "Invalid callback", "<p id=\"error\">" + Web.escape(e.getMessage()) + "</p>");
    } catch (AuthException e) {
      startPage(exchange, browser, 502, "Not authorized",
          "<p id=\"error\">There was a problem. Podio said: " + Web.escape(e.getMessage()) + "</p>");
    }
  }

  private void startPage(HttpExchange exchange, String browser, int status, String title, String message)
      throws IOException {
    String redirectUri = web.base(exchange).toString();
    AuthorizationRequest request = client.authorizationRequest(redirectUri, SCOPE);
    web.startedAuthorization(browser, request);
    Web.page(exchange, status, title, message + "\n" + Web.startLink(request));
  }
}
