package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.emulator.EmulatorState.Client;
import io.podiokit.emulator.EmulatorState.Issued;
import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The authorization pages a user's browser sees: {@code GET /oauth/authorize} shows a login form (when nobody is signed
 * in) or a consent page; {@code POST /oauth/authorize/login} signs in; {@code POST /oauth/authorize} takes the Grant or
 * Deny decision and redirects back to the client as Podio does.
 */
final class AuthorizeHandler {

  static final String PATH = "/oauth/authorize";
  static final String LOGIN_PATH = "/oauth/authorize/login";
  static final String COOKIE = "podio_emulator_sid";
  private static final String DENIED = "error_reason=user_denied&error=access_denied"
      + "&error_description=The+user+denied+your+request.";

  private final EmulatorState state;

  AuthorizeHandler(EmulatorState state) {
    this.state = state;
  }

  /** The request's client, redirect URI and response type, once checked. */
  private record Authorization(Client client, String redirectUri, String responseType, String scope,
                               @Nullable String state) {
    Map<String, String> hiddenFields() {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("client_id", client.id());
      m.put("redirect_uri", redirectUri);
      m.put("response_type", responseType);
      m.put("scope", scope);
      if (state != null) {
        m.put("state", state);
      }
      return m;
    }
  }

  void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    if (path.equals(LOGIN_PATH) && method.equals("POST")) {
      login(ex);
    } else if (path.equals(PATH) && method.equals("GET")) {
      show(ex, Http.form(ex.getRequestURI().getRawQuery()));
    } else if (path.equals(PATH) && method.equals("POST")) {
      decide(ex);
    } else {
      Http.html(ex, 405, "Method not allowed", "<p>This page answers GET and POST only.</p>");
    }
  }

  private void show(HttpExchange ex, Map<String, String> params) throws IOException {
    Authorization auth = check(ex, params);
    if (auth == null) {
      return;
    }
    String sid = Http.cookie(ex, COOKIE);
    User user = state.signedIn(sid);
    if (user == null || sid == null) {
      loginPage(ex, 200, auth, null);
      return;
    }
    consentPage(ex, auth, user, state.newConsentNonce(sid));
  }

  private void login(HttpExchange ex) throws IOException {
    Map<String, String> form = Http.form(new String(Http.body(ex), StandardCharsets.UTF_8));
    Authorization auth = check(ex, form);
    if (auth == null) {
      return;
    }
    String email = form.getOrDefault("email", "");
    User user = state.userByMail(email);
    if (user == null || !EmulatorState.constantTimeEquals(user.password(), form.getOrDefault("password", ""))) {
      loginPage(ex, 401, auth, "Wrong email or password.");
      return;
    }
    String sid = state.signIn(user.id());
    ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + sid + "; Path=/; HttpOnly; SameSite=Lax");
    ex.getResponseHeaders().set("Location", PATH + "?" + Http.encodeForm(auth.hiddenFields()));
    Http.send(ex, 303, "", new byte[0]);
  }

  private void decide(HttpExchange ex) throws IOException {
    Map<String, String> form = Http.form(new String(Http.body(ex), StandardCharsets.UTF_8));
    Authorization auth = check(ex, form);
    if (auth == null) {
      return;
    }
    String sid = Http.cookie(ex, COOKIE);
    User user = state.signedIn(sid);
    if (user == null || sid == null) {
      loginPage(ex, 200, auth, "Please sign in first.");
      return;
    }
    if (!state.useConsentNonce(form.get("nonce"), sid)) {
      Http.html(ex, 400, "This consent form has expired",
          "<p>The form was already used or does not belong to this browser. Start the authorization again.</p>");
      return;
    }
    String decision = form.getOrDefault("decision", "");
    if (decision.equals("deny")) {
      Http.redirect(ex, append(auth.redirectUri(), '?', DENIED + stateParam(auth)));
    } else if (decision.equals("grant")) {
      if (auth.responseType().equals("token")) {
        Issued issued = state.issue(auth.client().id(), EmulatorState.Ref.user(user.id()), auth.scope(), "implicit");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("access_token", issued.accessToken());
        f.put("token_type", EmulatorState.TOKEN_TYPE);
        f.put("expires_in", Long.toString(issued.expiresIn()));
        f.put("refresh_token", issued.refreshToken());
        f.put("scope", issued.scope());
        if (auth.state() != null) {
          f.put("state", auth.state());
        }
        Http.redirect(ex, auth.redirectUri() + "#" + Http.encodeForm(f));
      } else {
        String code = state.newCode(auth.client().id(), auth.redirectUri(), user.id(), auth.scope());
        Http.redirect(ex, append(auth.redirectUri(), '?', "code=" + Http.encode(code) + stateParam(auth)));
      }
    } else {
      Http.html(ex, 400, "No decision", "<p>Choose Grant or Deny.</p>");
    }
  }

  private static String stateParam(Authorization auth) {
    return auth.state() == null ? "" : "&state=" + Http.encode(auth.state());
  }

  private static String append(String uri, char sep, String query) {
    return uri + (uri.indexOf('?') >= 0 ? "&" : String.valueOf(sep)) + query;
  }

  /** Checks client and redirect URI; answers a readable error page (never a redirect) and returns null if wrong. */
  private @Nullable Authorization check(HttpExchange ex, Map<String, String> params) throws IOException {
    String clientId = params.get("client_id");
    Client client = clientId == null ? null : state.client(clientId);
    if (client == null) {
      Http.html(ex, 400, "Unknown client",
          "<p>No API key with client_id <code>" + Http.escape(String.valueOf(clientId))
              + "</code> is registered with this emulator. Check the client_id in your authorization URL.</p>");
      return null;
    }
    String redirect = params.get("redirect_uri");
    URI uri = null;
    if (redirect != null) {
      try {
        uri = new URI(redirect);
      } catch (URISyntaxException e) {
        uri = null;
      }
    }
    if (uri == null || !uri.isAbsolute() || uri.getRawFragment() != null
        || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
        || !client.acceptsRedirect(uri)) {
      String domain = client.domain() == null ? "localhost or 127.0.0.1" : client.domain();
      Http.html(ex, 400, "Invalid redirect_uri",
          "<p>The redirect_uri <code>" + Http.escape(String.valueOf(redirect)) + "</code> is not an absolute http(s)"
              + " URL without a fragment on the domain registered for this API key (" + Http.escape(domain)
              + ").</p>");
      return null;
    }
    String responseType = params.getOrDefault("response_type", "code");
    if (!responseType.equals("code") && !responseType.equals("token")) {
      Http.html(ex, 400, "Unsupported response_type",
          "<p>response_type must be <code>code</code> or <code>token</code>, was <code>"
              + Http.escape(responseType) + "</code>.</p>");
      return null;
    }
    String scope = params.getOrDefault("scope", "").trim();
    return new Authorization(client, Objects.requireNonNull(redirect), responseType, scope.isEmpty() ? EmulatorState.DEFAULT_USER_SCOPE : scope,
        params.get("state"));
  }

  private static void loginPage(HttpExchange ex, int status, Authorization auth, @Nullable String message)
      throws IOException {
    String html = (message == null ? "" : "<p id=\"error\" style=\"color:#b00\">" + Http.escape(message) + "</p>\n")
        + "<p>Sign in to the Podio emulator to continue to <strong>" + Http.escape(auth.client().id())
        + "</strong>.</p>\n<form method=\"post\" action=\"" + LOGIN_PATH + "\">\n" + hidden(auth.hiddenFields())
        + "<label>Email <input id=\"email\" type=\"email\" name=\"email\" autocomplete=\"username\" required></label>\n"
        + "<label>Password <input id=\"password\" type=\"password\" name=\"password\" "
        + "autocomplete=\"current-password\" required></label>\n"
        + "<button id=\"login\" type=\"submit\">Sign in</button>\n</form>";
    Http.html(ex, status, "Sign in", html);
  }

  private static void consentPage(HttpExchange ex, Authorization auth, User user, String nonce) throws IOException {
    Map<String, String> fields = auth.hiddenFields();
    fields.put("nonce", nonce);
    String html = "<p>Signed in as <strong id=\"user\">" + Http.escape(user.name()) + "</strong> ("
        + Http.escape(user.mail()) + ").</p>\n<p><strong id=\"client\">" + Http.escape(auth.client().id())
        + "</strong> asks for access to your Podio account with the scope <code id=\"scope\">"
        + Http.escape(auth.scope()) + "</code>.</p>\n<form method=\"post\" action=\"" + PATH + "\">\n"
        + hidden(fields)
        + "<button id=\"grant\" type=\"submit\" name=\"decision\" value=\"grant\">Grant access</button>\n"
        + "<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n</form>";
    Http.html(ex, 200, "Authorize " + auth.client().id(), html);
  }

  private static String hidden(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder();
    fields.forEach((k, v) -> sb.append("<input type=\"hidden\" name=\"").append(Http.escape(k)).append("\" value=\"")
        .append(Http.escape(v)).append("\">\n"));
    return sb.toString();
  }
}
