package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;

/** Sends each request to the token endpoint, the authorization pages, the admin endpoint or the API. */
final class Router implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(PodioEmulator.class.getName());

  private final TokenHandler token;
  private final AuthorizeHandler authorize;
  private final AdminHandler admin;
  private final ApiHandler api;
  private final String baseUrl;

  Router(TokenHandler token, AuthorizeHandler authorize, AdminHandler admin, ApiHandler api, String baseUrl) {
    this.token = token;
    this.authorize = authorize;
    this.admin = admin;
    this.api = api;
    this.baseUrl = baseUrl;
  }

  @Override
  public void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try {
      if (path.equals(TokenHandler.JSON_PATH) || path.equals(TokenHandler.JSON_PATH + "/")) {
        token.handle(ex, true);
      } else if (path.equals(TokenHandler.FORM_PATH) || path.equals(TokenHandler.FORM_PATH + "/")) {
        token.handle(ex, false);
      } else if (path.equals(AuthorizeHandler.PATH) || path.equals(AuthorizeHandler.LOGIN_PATH)) {
        authorize.handle(ex);
      } else if (path.startsWith(AdminHandler.PREFIX)) {
        admin.handle(ex);
      } else {
        api.handle(ex);
      }
    } catch (Http.TooLarge e) {
      Http.json(ex, 413, Http.errorBody(ex, baseUrl, "bad_request", Objects.requireNonNull(e.getMessage())));
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "I/O error answering " + ex.getRequestMethod() + " " + path + ": " + e);
      ex.close();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Unexpected error answering " + ex.getRequestMethod() + " " + path, e);
      try {
        Http.json(ex, 500, Http.errorBody(ex, baseUrl, "server_error", "The emulator failed: " + e.getClass()
            .getSimpleName()));
      } catch (IOException | RuntimeException ignored) {
        ex.close();
      }
    }
  }
}
