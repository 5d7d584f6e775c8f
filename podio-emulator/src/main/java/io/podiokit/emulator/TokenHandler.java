package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.emulator.EmulatorState.Client;
import io.podiokit.emulator.EmulatorState.Issued;
import io.podiokit.emulator.EmulatorState.OAuthError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The token endpoint: {@code POST /oauth/token} (form body, client credentials in the body or as HTTP Basic) and
 * {@code POST /oauth/token/v2} (JSON body only), for the {@code authorization_code}, {@code password}, {@code app}
 * and {@code refresh_token} grants.
 */
final class TokenHandler {

  static final String FORM_PATH = "/oauth/token";
  static final String JSON_PATH = "/oauth/token/v2";

  private final EmulatorState state;
  private final Faults faults;
  private final String baseUrl;

  TokenHandler(EmulatorState state, Faults faults, String baseUrl) {
    this.state = state;
    this.faults = faults;
    this.baseUrl = baseUrl;
  }

  void handle(HttpExchange ex, boolean jsonOnly) throws IOException {
    state.counters.tokenRequest();
    Fault fault = faults.take();
    Fault late = null;
    if (fault != null) {
      state.counters.faultInjected();
      if (fault.kind() == Fault.Kind.LATE) {
        late = fault; // the exchange happens now; its answer waits below
      } else if (Http.showFault(fault, ex, baseUrl)) {
        return;
      }
    }
    if (!ex.getRequestMethod().equals("POST")) {
      ex.getResponseHeaders().set("Allow", "POST");
      error(ex, 405, "invalid_request", "The token endpoint only accepts POST");
      return;
    }
    byte[] body = Http.body(ex);
    Map<String, String> params;
    try {
      params = jsonOnly ? jsonParams(body) : formParams(ex, body);
    } catch (OAuthError e) {
      error(ex, 400, e.error, Objects.requireNonNull(e.getMessage()));
      return;
    }
    Issued issued;
    try {
      issued = exchange(ex, params);
    } catch (OAuthError e) {
      answerLate(late);
      error(ex, 400, e.error, Objects.requireNonNull(e.getMessage()));
      return;
    }
    answerLate(late);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    Http.json(ex, 200, response(issued));
  }

  /** Holds back an answer already decided (its refresh token already rotated), as a {@code late} fault says. */
  private static void answerLate(@Nullable Fault late) {
    if (late != null) {
      Http.pause(late);
    }
  }

  private Map<String, String> jsonParams(byte[] body) {
    Object parsed;
    try {
      parsed = Json.parse(new String(body, StandardCharsets.UTF_8));
    } catch (Json.ParseException e) {
      parsed = null;
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new OAuthError("invalid_request", "Invalid value null (null): must be object");
    }
    Map<String, String> params = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (v instanceof String || v instanceof Long || v instanceof Boolean) {
        params.put(String.valueOf(k), String.valueOf(v));
      } else if (v instanceof Double d && d == Math.rint(d)) {
        params.put(String.valueOf(k), Long.toString(d.longValue()));
      }
    });
    return params;
  }

  private Map<String, String> formParams(HttpExchange ex, byte[] body) {
    String type = Http.mediaType(ex);
    if (!type.equals("application/x-www-form-urlencoded")) {
      throw new OAuthError("invalid_request",
          "The body must be application/x-www-form-urlencoded (use /oauth/token/v2 for JSON)");
    }
    return Http.form(new String(body, StandardCharsets.UTF_8));
  }

  private Issued exchange(HttpExchange ex, Map<String, String> params) {
    String clientId = params.get("client_id");
    String secret = params.get("client_secret");
    String basic = basicCredentials(ex);
    if (basic != null) {
      int colon = basic.indexOf(':');
      if (colon < 0) {
        throw new OAuthError("invalid_client", "Malformed HTTP Basic client credentials");
      }
      clientId = basic.substring(0, colon);
      secret = basic.substring(colon + 1);
    }
    String grantType = params.get("grant_type");
    if (grantType == null || grantType.isEmpty()) {
      throw new OAuthError("invalid_request", "Missing parameter grant_type");
    }
    Client client = authenticateClient(clientId, secret, basic != null);
    switch (grantType) {
      case "password":
        return state.passwordGrant(client, required(params, "username"), required(params, "password"));
      case "app":
        String appId = required(params, "app_id");
        long id;
        try {
          id = Long.parseLong(appId);
        } catch (NumberFormatException e) {
          throw new OAuthError("invalid_request", "Invalid value for app_id: must be a number");
        }
        return state.appGrant(client, id, required(params, "app_token"));
      case "authorization_code":
        return state.authorizationCodeGrant(client, required(params, "code"), required(params, "redirect_uri"));
      case "refresh_token":
        return state.refreshGrant(client, required(params, "refresh_token"));
      default:
        throw new OAuthError("unsupported_grant_type", "Unsupported grant_type '" + grantType + "'");
    }
  }

  /** RFC 6749 has clients form-encode HTTP Basic credentials; some do not, so both readings are tried. */
  private Client authenticateClient(@Nullable String id, @Nullable String secret, boolean basic) {
    try {
      return state.authenticateClient(id, secret);
    } catch (OAuthError e) {
      if (!basic || id == null || secret == null) {
        throw e;
      }
      String decodedId = Http.decodeComponent(id);
      String decodedSecret = Http.decodeComponent(secret);
      if (decodedId.equals(id) && decodedSecret.equals(secret)) {
        throw e;
      }
      return state.authenticateClient(decodedId, decodedSecret);
    }
  }

  private static String required(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null || v.isEmpty()) {
      throw new OAuthError("invalid_request", "Missing parameter " + name);
    }
    return v;
  }

  private static @Nullable String basicCredentials(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      return new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new OAuthError("invalid_client", "Malformed HTTP Basic client credentials");
    }
  }

  static Map<String, Object> response(Issued issued) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("type", issued.ref().type());
    ref.put("id", issued.ref().id());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", issued.accessToken());
    body.put("token_type", EmulatorState.TOKEN_TYPE);
    body.put("expires_in", issued.expiresIn());
    body.put("refresh_token", issued.refreshToken());
    body.put("scope", issued.scope());
    body.put("ref", ref);
    return body;
  }

  private void error(HttpExchange ex, int status, String error, String description) throws IOException {
    Http.json(ex, status, Http.errorBody(ex, baseUrl, error, description));
  }
}
