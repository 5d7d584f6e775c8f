package io.podiokit.emulator;

import com.sun.net.httpserver.HttpExchange;
import io.podiokit.emulator.EmulatorState.AccessGrant;
import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Item;
import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.Rejection;
import io.podiokit.emulator.EmulatorState.StoredFile;
import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API subset: checks {@code Authorization: OAuth2 <token>}, counts the call against its authentication's rate
 * limit, and answers {@code /user/status}, {@code /org/}, {@code /app/{id}}, items and file uploads over the seeded
 * data, with Podio's bodies and error bodies.
 */
final class ApiHandler {

  private static final DateTimeFormatter PODIO_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final int MAX_FILTER_LIMIT = 500;

  private final EmulatorState state;
  private final Faults faults;
  private final String baseUrl;

  ApiHandler(EmulatorState state, Faults faults, String baseUrl) {
    this.state = state;
    this.faults = faults;
    this.baseUrl = baseUrl;
  }

  /** An error answer with Podio's body. */
  private static final class ApiError extends RuntimeException {
    final int status;
    final String error;

    ApiError(int status, String error, String description) {
      super(description, null, false, false);
      this.status = status;
      this.error = error;
    }
  }

  private record Reply(int status, @Nullable Object body) {}

  void handle(HttpExchange ex) throws IOException {
    Counters counters = state.counters;
    counters.apiCall();
    Fault fault = faults.take();
    if (fault != null) {
      counters.faultInjected();
      if (Http.showFault(fault, ex, baseUrl)) {
        counters.apiFailure();
        return;
      }
    }
    String limit = Long.toString(state.rateLimit);
    ex.getResponseHeaders().set("X-Rate-Limit-Limit", limit);
    Object checked = state.checkAccessToken(accessToken(ex));
    if (checked instanceof Rejection rejection) {
      counters.rejectedToken();
      counters.apiFailure();
      ex.getResponseHeaders().set("X-Rate-Limit-Remaining", limit);
      reject(ex, rejection);
      return;
    }
    AccessGrant grant = (AccessGrant) checked;
    long remaining = state.consumeRateLimit(grant);
    ex.getResponseHeaders().set("X-Rate-Limit-Remaining", Long.toString(Math.max(0, remaining)));
    if (remaining < 0) {
      counters.rateLimited();
      counters.apiFailure();
      error(ex, 420, "rate_limit", "You have hit the rate limit of " + state.rateLimit
          + " calls per hour for this authentication. Please wait before trying again.");
      return;
    }
    Reply reply;
    try {
      reply = route(ex, grant.ref());
    } catch (ApiError e) {
      counters.apiFailure();
      error(ex, e.status, e.error, e.getMessage());
      return;
    }
    if (reply.status() >= 300) {
      counters.apiFailure();
    }
    if (reply.body() == null) {
      Http.send(ex, reply.status(), "", new byte[0]);
    } else {
      Http.json(ex, reply.status(), reply.body());
    }
  }

  private static @Nullable String accessToken(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth == null) {
      return null;
    }
    auth = auth.trim();
    int space = auth.indexOf(' ');
    if (space < 0 || !auth.substring(0, space).equalsIgnoreCase("OAuth2")) {
      return null;
    }
    String token = auth.substring(space + 1).trim();
    return token.isEmpty() ? null : token;
  }

  private void reject(HttpExchange ex, Rejection rejection) throws IOException {
    switch (rejection) {
      case MISSING -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\"");
        error(ex, 401, "unauthorized", "No access token given: send the header Authorization: OAuth2 <access token>");
      }
      case INVALID -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\", error=\"invalid_token\"");
        error(ex, 401, "invalid_token", "invalid_token");
      }
      case EXPIRED -> {
        ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"podio\", error=\"expired_token\"");
        error(ex, 401, "unauthorized", "expired_token");
      }
    }
  }

  private void error(HttpExchange ex, int status, String error, String description) throws IOException {
    Http.json(ex, status, Http.errorBody(ex, baseUrl, error, description));
  }

  // ---- routing

  private Reply route(HttpExchange ex, Ref ref) throws IOException {
    String method = ex.getRequestMethod();
    String[] p = segments(ex.getRequestURI().getPath());
    if (p.length == 2 && p[0].equals("user") && p[1].equals("status") && method.equals("GET")) {
      return new Reply(200, userStatus(ref));
    }
    if (p.length == 1 && p[0].equals("org") && method.equals("GET")) {
      return new Reply(200, orgs(ref));
    }
    if (p.length == 2 && p[0].equals("app") && method.equals("GET")) {
      return new Reply(200, appJson(visibleApp(ref, id(p[1], "app_id"))));
    }
    if (p.length == 2 && p[0].equals("item")) {
      long itemId = id(p[1], "item_id");
      switch (method) {
        case "GET":
          return new Reply(200, itemJson(visibleItem(ref, itemId)));
        case "PUT": {
          Item item = visibleItem(ref, itemId);
          String title = title(body(ex), state.app(item.appId()), item.title());
          Item updated = state.updateItem(itemId, title);
          if (updated == null) {
            throw notFound("Item", itemId);
          }
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("revision", updated.revision());
          m.put("title", updated.title());
          return new Reply(200, m);
        }
        case "DELETE":
          visibleItem(ref, itemId);
          if (!state.deleteItem(itemId)) {
            throw notFound("Item", itemId);
          }
          return new Reply(204, null);
        default:
          break;
      }
    }
    if ((p.length == 3 || p.length == 4) && p[0].equals("item") && p[1].equals("app") && method.equals("POST")) {
      App app = visibleApp(ref, id(p[2], "app_id"));
      if (p.length == 3) {
        Item item = state.createItem(app.id(), title(body(ex), app, ""), state.now());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item_id", item.itemId());
        m.put("app_item_id", item.appItemId());
        m.put("title", item.title());
        m.put("revision", item.revision());
        m.put("link", itemLink(item));
        return new Reply(200, m);
      }
      if (p[3].equals("filter")) {
        return new Reply(200, filter(app, body(ex)));
      }
    }
    if (p.length == 1 && p[0].equals("file") && method.equals("POST")) {
      return new Reply(200, upload(ex));
    }
    if (p.length == 2 && p[0].equals("file") && method.equals("GET")) {
      long fileId = id(p[1], "file_id");
      StoredFile f = state.file(fileId);
      if (f == null) {
        throw notFound("File", fileId);
      }
      return new Reply(200, fileJson(f));
    }
    throw new ApiError(404, "not_found", "No matching operation could be found. No " + method + " operation for '"
        + ex.getRequestURI().getPath() + "'");
  }

  private static String[] segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  private static long id(String text, String name) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ApiError(400, "invalid_value", "Invalid value for " + name + ": '" + text + "' is not a number");
    }
  }

  private static ApiError notFound(String what, long id) {
    return new ApiError(404, "not_found", what + " with id " + id + " not found");
  }

  private static ApiError forbidden(String description) {
    return new ApiError(403, "forbidden", description);
  }

  private App visibleApp(Ref ref, long appId) {
    if (ref.isApp() && ref.id() != appId) {
      throw forbidden("This app authentication only gives access to app " + ref.id());
    }
    App app = state.app(appId);
    if (app == null || !state.canSeeApp(ref, appId)) {
      throw notFound("App", appId);
    }
    return app;
  }

  private Item visibleItem(Ref ref, long itemId) {
    Item item = state.item(itemId);
    if (item == null) {
      throw notFound("Item", itemId);
    }
    if (!state.canSeeApp(ref, item.appId())) {
      throw forbidden("This app authentication only gives access to the items of app " + ref.id());
    }
    return item;
  }

  private User requireUser(Ref ref) {
    if (ref.isApp()) {
      throw forbidden("Authentication as app is not allowed for this method");
    }
    User user = state.user(ref.id());
    if (user == null) {
      throw new ApiError(404, "not_found", "User not found");
    }
    return user;
  }

  // ---- bodies

  private Map<String, Object> userStatus(Ref ref) {
    User user = requireUser(ref);
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("user_id", user.id());
    u.put("mail", user.mail());
    u.put("status", "active");
    u.put("locale", "en_GB");
    u.put("timezone", "UTC");
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("profile_id", user.profileId());
    profile.put("user_id", user.id());
    profile.put("name", user.name());
    profile.put("type", "user");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", u);
    m.put("profile", profile);
    m.put("properties", Map.of());
    m.put("inbox_new", 0);
    return m;
  }

  private List<Object> orgs(Ref ref) {
    requireUser(ref);
    Map<String, Object> space = new LinkedHashMap<>();
    space.put("space_id", EmulatorState.SPACE_ID);
    space.put("name", "Emulated Workspace");
    space.put("url_label", "emulated-workspace");
    space.put("role", "admin");
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("org_id", EmulatorState.ORG_ID);
    org.put("name", "Emulated Organization");
    org.put("url_label", "emulated-organization");
    org.put("role", "admin");
    org.put("spaces", List.of(space));
    return List.of(org);
  }

  private Map<String, Object> appJson(App app) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("name", app.name());
    config.put("item_name", "Item");
    config.put("type", "standard");
    config.put("description", "");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app_id", app.id());
    m.put("status", "active");
    m.put("space_id", EmulatorState.SPACE_ID);
    m.put("url_label", "app-" + app.id());
    m.put("link", baseUrl + "/app/" + app.id());
    m.put("config", config);
    m.put("fields", List.of(titleField(app, null)));
    return m;
  }

  private static Map<String, Object> titleField(App app, @Nullable String value) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("field_id", app.titleFieldId());
    f.put("external_id", "title");
    f.put("type", "text");
    f.put("label", "Title");
    if (value != null) {
      f.put("values", List.of(Map.of("value", value)));
    } else {
      f.put("status", "active");
      f.put("config", Map.of("label", "Title", "required", false));
    }
    return f;
  }

  private Map<String, Object> itemJson(Item item) {
    App app = state.app(item.appId());
    Map<String, Object> appRef = new LinkedHashMap<>();
    appRef.put("app_id", item.appId());
    appRef.put("config", Map.of("name", app == null ? "" : app.name()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item_id", item.itemId());
    m.put("app_item_id", item.appItemId());
    m.put("title", item.title());
    m.put("revision", item.revision());
    m.put("created_on", PODIO_TIME.format(item.createdOn()));
    m.put("link", itemLink(item));
    m.put("app", appRef);
    m.put("fields", app == null ? List.of() : List.of(titleField(app, item.title())));
    return m;
  }

  private String itemLink(Item item) {
    return baseUrl + "/app/" + item.appId() + "/items/" + item.appItemId();
  }

  private Map<String, Object> filter(App app, Map<String, @Nullable Object> body) {
    long limit = number(body.get("limit"), 30, "limit");
    long offset = number(body.get("offset"), 0, "offset");
    if (limit < 1 || limit > MAX_FILTER_LIMIT) {
      throw new ApiError(400, "invalid_value", "limit must be between 1 and " + MAX_FILTER_LIMIT);
    }
    if (offset < 0) {
      throw new ApiError(400, "invalid_value", "offset must not be negative");
    }
    List<Item> all = state.items(app.id());
    List<Object> page = new ArrayList<>();
    for (int i = (int) Math.min(offset, all.size()); i < all.size() && page.size() < limit; i++) {
      page.add(itemJson(all.get(i)));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", all.size());
    m.put("filtered", all.size());
    m.put("items", page);
    return m;
  }

  private static long number(@Nullable Object value, long fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Long l) {
      return l;
    }
    throw new ApiError(400, "invalid_value", name + " must be a whole number");
  }

  private static Map<String, @Nullable Object> body(HttpExchange ex) throws IOException {
    String text = new String(Http.body(ex), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Map.of();
    }
    Object parsed;
    try {
      parsed = Json.parse(text);
    } catch (Json.ParseException e) {
      throw new ApiError(400, "invalid_value", "The body is not valid JSON: " + e.getMessage());
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new ApiError(400, "invalid_value", "The body must be a JSON object");
    }
    Map<String, @Nullable Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return result;
  }

  /** The title an item body sets, from {@code {"fields": {"title": ...}}} or a list of field objects. */
  private static String title(Map<String, @Nullable Object> body, @Nullable App app, String current) {
    Object fields = body.get("fields");
    if (fields == null) {
      return current;
    }
    String title = current;
    if (fields instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        checkField(String.valueOf(e.getKey()), app);
        title = text(e.getValue());
      }
    } else if (fields instanceof List<?> list) {
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> field)) {
          throw new ApiError(400, "invalid_value", "Each entry of fields must be an object");
        }
        Object key = field.get("external_id") != null ? field.get("external_id") : field.get("field_id");
        checkField(String.valueOf(key), app);
        title = text(field.get("values"));
      }
    } else {
      throw new ApiError(400, "invalid_value", "fields must be an object or a list");
    }
    return title;
  }

  private static void checkField(String key, @Nullable App app) {
    if (!key.equals("title") && (app == null || !key.equals(Long.toString(app.titleFieldId())))) {
      throw new ApiError(400, "invalid_value", "No field with external_id or field_id '" + key + "' in this app");
    }
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> m) {
      return text(m.get("value"));
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? "" : text(l.get(0));
    }
    return String.valueOf(value);
  }

  private Map<String, Object> upload(HttpExchange ex) throws IOException {
    if (!Http.mediaType(ex).equals("multipart/form-data")) {
      throw new ApiError(400, "invalid_value", "Upload files as multipart/form-data with fields source and filename");
    }
    byte[] body = Http.body(ex);
    List<Http.Part> parts;
    try {
      parts = Http.multipart(ex, body);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "invalid_value", "Malformed multipart body: " + e.getMessage());
    }
    Http.Part source = null;
    String filename = null;
    for (Http.Part part : parts) {
      if (part.name().equals("source")) {
        source = part;
      } else if (part.name().equals("filename")) {
        filename = new String(part.data(), StandardCharsets.UTF_8);
      }
    }
    if (source == null) {
      throw new ApiError(400, "invalid_value", "Missing field source");
    }
    if (filename == null || filename.isBlank()) {
      throw new ApiError(400, "invalid_value", "Missing field filename");
    }
    String mimetype = source.contentType() == null ? "application/octet-stream" : source.contentType();
    return fileJson(state.storeFile(filename, source.data().length, mimetype));
  }

  private Map<String, Object> fileJson(StoredFile f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file_id", f.id());
    m.put("name", f.name());
    m.put("size", f.size());
    m.put("mimetype", f.mimetype());
    m.put("link", baseUrl + "/file/" + f.id());
    m.put("hosted_by", "podio");
    return m;
  }
}
