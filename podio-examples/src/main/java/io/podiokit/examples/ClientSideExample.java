package io.podiokit.examples;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.AuthException;
import io.podiokit.Authentication;
import io.podiokit.AuthorizationDeniedException;
import io.podiokit.AuthorizationRequest;
import io.podiokit.Clock;
import io.podiokit.NotAuthenticatedException;
import io.podiokit.ReauthorizationRequiredException;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.emulator.PodioEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client-side flow as a small web app on 127.0.0.1. Podio sends the browser back to {@code /callback} with the
 * token in the URL fragment ({@code #access_token=...}), which never reaches a server; the callback page's script
 * removes it from the address bar and posts it to {@code /callback/token}, where the server completes the
 * authorization and stores the session. {@code /} then greets the user by name.
 */
public final class ClientSideExample implements AutoCloseable {

  /** The page Podio sends the browser back to; its script hands the fragment to {@link #TOKEN_PATH}. */
  static final String CALLBACK_PATH = "/callback";
  /** Where the callback page posts the fragment. */
  static final String TOKEN_PATH = "/callback/token";

  private static final String CALLBACK_PAGE = """
      <p id="status">Reading the authorization from the address bar&hellip;</p>
      <script>
        const fragment = location.hash;
        // The token must not stay in the address bar or the history.
        history.replaceState(null, "", location.pathname);
        fetch("%s", {method: "POST", headers: {"Content-Type": "text/plain"}, body: fragment,
                     credentials: "same-origin"})
          .then(response => response.ok ? location.replace("/")
              : response.text().then(text => { document.getElementById("status").textContent = text; }));
      </script>""".formatted(TOKEN_PATH);

  private final PodioClient client;
  private final Web web;

  private ClientSideExample(PodioClient client, int port) {
    this.client = client;
    this.web = Web.start(port, "client-side-example", this::handle);
  }

  /** Starts the web app on 127.0.0.1:{@code port} (0 for a free one); the client stays yours to close. */
  public static ClientSideExample start(PodioClient client, int port) {
    return new ClientSideExample(Objects.requireNonNull(client, "client == null"), port);
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

  /**
   * Runs the example: on the embedded emulator (and without {@code --serve}) one browser visit is played through it
   * over HTTP and the example exits; otherwise it serves until {@code waiter} says stop.
   */
  static void run(Settings settings, List<String> options, PrintStream out, Examples.Waiter waiter)
      throws IOException, InterruptedException {
    for (String option : options) {
      if (!option.equals("--serve")) {
        throw new UsageException("client-side takes one option, --serve, not " + option);
      }
    }
    boolean serve = options.contains("--serve") || settings.apiUrl() != null;
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build();
         ClientSideExample app = start(client, serve ? settings.port() : 0)) {
      out.println("The client-side flow, against " + podio.description() + ".");
      if (serve) {
        out.println("Open " + app.url() + " in your browser. Press Ctrl-C to stop.");
        out.flush();
        waiter.awaitStop();
        out.println("Stopped.");
        return;
      }
      PodioEmulator emulator = podio.emulator().orElseThrow();
      Backend.User user = podio.user();
      ScriptedBrowser browser = new ScriptedBrowser();
      out.println("The web app listens at " + app.url() + "; a scripted browser visits it (run with --serve to "
          + "use your own).");

      ScriptedBrowser.Page home = browser.get(app.url());
      URI authorize = home.link("Start authenticating");
      out.println("1. " + app.url() + " is not authenticated and links to Podio's authorization page "
          + authorize.getPath() + " (response_type=token).");

      ScriptedBrowser.Page login = browser.get(authorize);
      ScriptedBrowser.Page consent = browser.submit(login, Map.of("email", user.username(),
          "password", user.password()), null);
      out.println("2. Signed in to the emulator as " + user.username() + "; it asks for consent: \""
          + consent.text("client") + "\" wants the scope " + consent.text("scope") + ".");

      ScriptedBrowser.Page back = browser.submit(consent, Map.of(), "grant");
      URI callback = back.url();
      String fragment = callback.getRawFragment();
      if (fragment == null || !callback.getPath().equals(CALLBACK_PATH)) {
        throw new IllegalStateException("Podio did not send the browser back to " + CALLBACK_PATH
            + " with a fragment: " + back.status());
      }
      out.println("3. Granted: Podio sent the browser to " + CALLBACK_PATH + " with the token in the fragment "
          + "(not shown), which the browser does not send to the server.");

      if (!back.body().contains(TOKEN_PATH)) {
        throw new IllegalStateException("The callback page has no script posting to " + TOKEN_PATH);
      }
      ScriptedBrowser.Page posted = browser.post(app.url().resolve(TOKEN_PATH), "#" + fragment, "text/plain");
      out.println("4. The callback page's script posted the fragment to " + TOKEN_PATH + ": " + posted.body());

      ScriptedBrowser.Page hello = browser.get(app.url());
      out.println("5. " + app.url() + " now says: " + hello.text("greeting"));
      out.println("   Tokens issued by the authorization page: " + emulator.counters().exchanges("implicit")
          + "; the session is in the store, kept for this browser.");
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String browser = Web.browser(exchange);
    if (path.equals("/") && method.equals("GET")) {
      home(exchange, browser);
    } else if (path.equals(CALLBACK_PATH) && method.equals("GET")) {
      callbackPage(exchange, browser);
    } else if (path.equals(TOKEN_PATH) && method.equals("POST")) {
      token(exchange, browser);
    } else if (path.equals("/signout") && method.equals("POST")) {
      client.forUser(browser).signOut();
      Web.redirect(exchange, "/");
    } else {
      Web.page(exchange, 404, "Not found", "<p><a href=\"/\">Back to the start</a></p>");
    }
  }

  private void home(HttpExchange exchange, String browser) throws IOException {
    Authentication user = client.forUser(browser);
    if (user.isAuthenticated()) {
      try {
        String name = Podio.userName(client.api(user));
        Web.page(exchange, 200, "Hello, " + name, "<p id=\"greeting\">Hello, <span id=\"name\">" + Web.escape(name)
            + "</span>.</p>\n<p>The token your browser received is now a session in the store.</p>\n"
            + "<form method=\"post\" action=\"/signout\"><button id=\"signout\" type=\"submit\">Sign out</button>"
            + "</form>");
        return;
      } catch (NotAuthenticatedException | ReauthorizationRequiredException e) {
        // the session has ended: offer to authorize again
      }
    }
    startPage(exchange, browser, 200, "Not authenticated", "");
  }

  private void callbackPage(HttpExchange exchange, String browser) throws IOException {
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null && Web.query(rawQuery).containsKey("error")) {
      // Podio reports a refusal in the query string, which the server does see.
      AuthorizationRequest request = web.finishAuthorization(browser);
      if (request == null) {
        startPage(exchange, browser, 400, "No authorization in progress", "");
        return;
      }
      try {
        client.completeImplicitAuthorization(browser, rawQuery, request);
        Web.redirect(exchange, "/");
      } catch (AuthorizationDeniedException e) {
        startPage(exchange, browser, 200, "Not authorized", "<p id=\"error\">The user did not authorize this app. "
            + "Podio said: " + Web.escape(e.description() != null ? e.description() : e.code()) + "</p>");
      } catch (AuthException e) {
        startPage(exchange, browser, 400, "Not authorized", "<p id=\"error\">" + Web.escape(e.getMessage()) + "</p>");
      }
      return;
    }
    Web.page(exchange, 200, "Signing you in", CALLBACK_PAGE);
  }

  private void token(HttpExchange exchange, String browser) throws IOException {
    String fragment = new String(exchange.getRequestBody().readNBytes(16 * 1024), StandardCharsets.UTF_8);
    AuthorizationRequest request = web.finishAuthorization(browser);
    if (request == null) {
      Web.send(exchange, 400, "text/plain; charset=utf-8", "This browser has no authorization waiting to be "
          + "completed. Go back to / and start again.");
      return;
    }
    try {
      client.completeImplicitAuthorization(browser, fragment, request);
      Web.send(exchange, 200, "text/plain; charset=utf-8", "Authorized; the session is stored.");
    } catch (AuthException e) {
      Web.send(exchange, 400, "text/plain; charset=utf-8", e.getMessage());
    }
  }

  private void startPage(HttpExchange exchange, String browser, int status, String title, String message)
      throws IOException {
    String redirectUri = web.base(exchange).resolve(CALLBACK_PATH).toString();
    AuthorizationRequest request = client.implicitAuthorizationRequest(redirectUri, ServerSideExample.SCOPE);
    web.startedAuthorization(browser, request);
    Web.page(exchange, status, title, message + "\n" + Web.startLink(request));
  }
}
