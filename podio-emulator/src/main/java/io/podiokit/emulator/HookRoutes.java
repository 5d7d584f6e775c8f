package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Webhooks: {@code /hook/...}, and their delivery as Podio does it. Creating a hook posts {@code hook.verify} (with a
 * code) to its URL; a correct {@code verify/validate} activates it; from then on the events areas publish on the
 * hook's object ({@code item.create} on an app, {@code task.create} on a space, ...) are posted form-encoded to the
 * URL, with the URL's query parameters moved into the body. Hook URLs must be on a loopback address: the emulator
 * posts nowhere else.
 */
final class HookRoutes extends Area {

  /** The event types a hook may be created for, by the type of object it is on. */
  private static final Map<String, Set<String>> TYPES = Map.of(
      "app", Set.of("item.create", "item.update", "item.delete", "comment.create", "comment.delete", "file.change",
          "app.update", "app.delete", "form.create", "form.update", "form.delete", "task.create", "task.update",
          "task.delete", "tag.add", "tag.delete"),
      "app_field", Set.of("item.create", "item.update", "item.delete"),
      "space", Set.of("app.create", "app.update", "app.delete", "task.create", "task.update", "task.delete",
          "member.add", "member.remove", "status.create", "status.update", "status.delete", "tag.add",
          "tag.delete"));

  /** One hook. */
  record Hook(long id, String refType, long refId, URI url, String type, Ref createdBy, Instant createdOn,
              boolean active, String code) {
    Hook withCode(String newCode) {
      return new Hook(id, refType, refId, url, type, createdBy, createdOn, active, newCode);
    }

    Hook activated() {
      return new Hook(id, refType, refId, url, type, createdBy, createdOn, true, code);
    }

    @Override
    public String toString() {
      return "Hook[id=" + id + ", " + refType + " " + refId + ", " + type + ", active=" + active + "]";
    }
  }

  private final ConcurrentHashMap<Long, Hook> hooks = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final WebhookSender sender = new WebhookSender();
  private volatile boolean redeliver;

  HookRoutes(World world) {
    super(world);
    world.subscribe(this::deliver);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/hook/{ref_type}/{ref_id}/", request -> {
      String refType = request.param("ref_type");
      long refId = request.id("ref_id");
      checkRef(request.caller(), refType, refId);
      List<Object> out = new ArrayList<>();
      hooks.values().stream().filter(h -> h.refType().equals(refType) && h.refId() == refId)
          .sorted((a, b) -> Long.compare(a.id(), b.id())).forEach(h -> out.add(hookJson(h)));
      return out;
    });
    routes.post("/hook/{ref_type}/{ref_id}/", this::create);
    routes.post("/hook/{hook_id}/verify/request", request -> {
      Hook hook = find(request);
      Hook renewed = hooks.computeIfPresent(hook.id(), (k, h) -> h.withCode(newCode()));
      if (renewed == null) {
        throw ApiError.notFound("Hook", hook.id());
      }
      sendVerify(renewed);
      return Reply.noContent();
    });
    routes.post("/hook/{hook_id}/verify/validate", request -> {
      Hook hook = find(request);
      Object code = request.object().get("code");
      if (!(code instanceof String text) || text.isBlank()) {
        throw ApiError.invalid("Missing value for code: send {\"code\": ...} with the code of the hook.verify event");
      }
      if (!text.equals(hook.code())) {
        throw ApiError.invalid("Invalid value for code: it is not the code last sent to the hook's URL"
            + " (ask for a new one with POST /hook/" + hook.id() + "/verify/request)");
      }
      hooks.computeIfPresent(hook.id(), (k, h) -> h.activated());
      return Reply.noContent();
    });
    routes.delete("/hook/{hook_id}", request -> {
      Hook hook = find(request);
      hooks.remove(hook.id());
      return Reply.noContent();
    });
  }

  /** What the deliveries have done so far. */
  WebhookDeliveries deliveries() {
    return sender.snapshot();
  }

  void resetDeliveries() {
    sender.reset();
  }

  /** Whether every event is posted twice, as Podio sometimes does. */
  void redeliver(boolean twice) {
    this.redeliver = twice;
  }

  /** Stops delivering. */
  void close() {
    sender.close();
  }

  private Map<String, Object> create(ApiRequest request) throws IOException {
    String refType = request.param("ref_type");
    long refId = request.id("ref_id");
    checkRef(request.caller(), refType, refId);
    Map<String, @Nullable Object> body = request.object();
    URI url = hookUrl(body.get("url"));
    Object type = body.get("type");
    if (!(type instanceof String t) || t.isBlank()) {
      throw ApiError.invalid("Missing value for type: name the event, e.g. item.create");
    }
    Set<String> allowed = TYPES.getOrDefault(refType, Set.of());
    if (!allowed.contains(t)) {
      throw ApiError.invalid("Invalid value for type: '" + t + "' is not an event of a " + refType + " hook; use one of "
          + allowed.stream().sorted().toList());
    }
    Hook hook = new Hook(world.nextId("hook", 500_000), refType, refId, url, t, request.caller(), world.now(), false,
        newCode());
    hooks.put(hook.id(), hook);
    sendVerify(hook);
    return Map.of("hook_id", hook.id());
  }

  private void sendVerify(Hook hook) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("type", "hook.verify");
    form.put("hook_id", Long.toString(hook.id()));
    form.put("code", hook.code());
    post(hook, form);
  }

  /** Posts {@code form} plus the URL's query parameters to the hook, while the hook exists. */
  private void post(Hook hook, Map<String, String> form) {
    Map<String, String> body = new LinkedHashMap<>(form);
    Http.form(hook.url().getRawQuery()).forEach(body::putIfAbsent);
    URI target = withoutQuery(hook.url());
    sender.send(target, body, () -> hooks.containsKey(hook.id()));
  }

  /** Hears every event of the world; posts it to each active hook it concerns. Never throws. */
  private void deliver(World.Event event) {
    try {
      if (Boolean.FALSE.equals(event.data().get("hook"))) {
        return;
      }
      for (Hook hook : hooks.values()) {
        if (hook.active() && hook.type().equals(event.type()) && concerns(hook, event)) {
          Map<String, String> form = form(hook, event);
          post(hook, form);
          if (redeliver) {
            post(hook, form);
          }
        }
      }
    } catch (RuntimeException e) {
      System.getLogger(HookRoutes.class.getName()).log(System.Logger.Level.WARNING,
          "webhook delivery of " + event.type() + " failed", e);
    }
  }

  private boolean concerns(Hook hook, World.Event event) {
    return switch (hook.refType()) {
      case "app" -> Long.valueOf(hook.refId()).equals(appOf(event));
      case "app_field" -> {
        App app = appOfField(hook.refId());
        yield app != null && Long.valueOf(app.id()).equals(appOf(event));
      }
      case "space" -> Long.valueOf(hook.refId()).equals(spaceOf(event));
      default -> false;
    };
  }

  /** The app an event happened in: its {@code app_id}, or the app of the object it is on (an item's, say). */
  private @Nullable Long appOf(World.Event event) {
    Long appId = number(event.data().get("app_id"));
    if (appId != null) {
      return appId;
    }
    Map<String, Object> on = on(event);
    return on == null ? null : number(on.get("app_id"));
  }

  /** The space an event happened in: its {@code space_id}, or that of its app or of the object it is on. */
  private @Nullable Long spaceOf(World.Event event) {
    Long spaceId = number(event.data().get("space_id"));
    if (spaceId != null) {
      return spaceId;
    }
    Map<String, Object> on = on(event);
    if (on != null && number(on.get("space_id")) != null) {
      return number(on.get("space_id"));
    }
    Long appId = appOf(event);
    if (appId == null) {
      return null;
    }
    Map<String, Object> app = world.ref("app", appId);
    Long appSpace = app == null ? null : number(app.get("space_id"));
    return appSpace != null ? appSpace : world.state.app(appId) != null ? EmulatorState.SPACE_ID : null;
  }

  /** The object the event's object is on ({@code ref_type}/{@code ref_id}), or the event's own object. */
  private @Nullable Map<String, Object> on(World.Event event) {
    Object refType = event.data().get("ref_type");
    Long refId = number(event.data().get("ref_id"));
    if (refType instanceof String t && refId != null) {
      return world.ref(t, refId);
    }
    return world.ref(event.refType(), event.refId());
  }

  /** The form Podio posts for {@code event} to {@code hook}: type, hook id and the object's ids. */
  private static Map<String, String> form(Hook hook, World.Event event) {
    Map<String, Object> data = event.data();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("type", event.type());
    form.put("hook_id", Long.toString(hook.id()));
    String area = event.type().substring(0, Math.max(0, event.type().indexOf('.')));
    boolean onItem = "item".equals(data.get("ref_type"));
    switch (area) {
      case "item" -> copy(data, form, "item_id", "item_revision_id", "external_id");
      case "comment" -> {
        if (onItem) {
          form.put("item_id", String.valueOf(data.get("ref_id")));
        }
        copy(data, form, "comment_id");
      }
      case "file" -> {
        if (onItem) {
          form.put("item_id", String.valueOf(data.get("ref_id")));
        }
        copy(data, form, "action_type");
        Object ids = data.containsKey("file_ids") ? data.get("file_ids") : data.get("file_id");
        if (ids != null) {
          form.put("file_ids", ids instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf)
              .toList()) : String.valueOf(ids));
        }
      }
      case "app" -> copy(data, form, "app_id");
      case "form" -> copy(data, form, "form_id", "app_id");
      case "task" -> copy(data, form, "task_id");
      case "status" -> copy(data, form, "status_id");
      case "member" -> copy(data, form, "user_id", "role");
      case "tag" -> copy(data, form, "ref_type", "ref_id", "tag");
      default -> data.forEach((k, v) -> {
        if (k.endsWith("_id") && v != null) {
          form.put(k, String.valueOf(v));
        }
      });
    }
    return form;
  }

  private static void copy(Map<String, Object> data, Map<String, String> form, String... keys) {
    for (String key : keys) {
      Object value = data.get(key);
      if (value != null) {
        form.put(key, String.valueOf(value));
      }
    }
  }

  private Hook find(ApiRequest request) {
    long hookId = request.id("hook_id");
    Hook hook = hooks.get(hookId);
    if (hook == null) {
      throw ApiError.notFound("Hook", hookId);
    }
    checkRef(request.caller(), hook.refType(), hook.refId());
    return hook;
  }

  /** Checks {@code caller} may see the object a hook is on; Podio's 400, 403 or 404 otherwise. */
  private void checkRef(Ref caller, String refType, long refId) {
    switch (refType) {
      case "app" -> world.area(AppRoutes.class).visible(caller, refId);
      case "app_field" -> {
        App app = appOfField(refId);
        if (app == null) {
          throw ApiError.notFound("App field", refId);
        }
        world.area(AppRoutes.class).visible(caller, app.id());
      }
      case "space" -> {
        if (caller.isApp()) {
          throw ApiError.forbidden("Authentication as app is not allowed for hooks on a space");
        }
        if (refId != EmulatorState.SPACE_ID && world.ref("space", refId) == null) {
          throw ApiError.notFound("Space", refId);
        }
      }
      default -> throw ApiError.invalid("Invalid value for ref_type: '" + refType
          + "' is not one of app, app_field, space");
    }
  }

  private @Nullable App appOfField(long fieldId) {
    for (App app : world.state.apps()) {
      if (app.titleFieldId() == fieldId) {
        return app;
      }
    }
    return null;
  }

  /** The hook's URL: http or https on a loopback address; Podio's 400 for anything else. */
  private static URI hookUrl(@Nullable Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw ApiError.invalid("Missing value for url: send the URL Podio should post the events to");
    }
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw ApiError.invalid("Invalid value for url: '" + text + "' is not a URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw ApiError.invalid("Invalid value for url: '" + text + "' is not an http or https URL");
    }
    if (!isLoopback(url.getHost())) {
      throw ApiError.invalid("Invalid value for url: the emulator posts webhooks to loopback addresses only"
          + " (127.0.0.1, localhost, [::1]), not to " + url.getHost());
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false; // a name other than localhost: not resolved, so no lookup leaves the machine
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static URI withoutQuery(URI url) {
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? ""
        : url.getRawPath()));
  }

  private Map<String, Object> hookJson(Hook hook) {
    Map<String, Object> createdBy = new LinkedHashMap<>();
    createdBy.put("type", hook.createdBy().type());
    createdBy.put("id", hook.createdBy().id());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("hook_id", hook.id());
    m.put("status", hook.active() ? "active" : "inactive");
    m.put("type", hook.type());
    m.put("url", hook.url().toString());
    m.put("created_on", World.PODIO_TIME.format(hook.createdOn()));
    m.put("created_by", createdBy);
    return m;
  }

  private String newCode() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static @Nullable Long number(@Nullable Object value) {
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && s.matches("-?[0-9]+")) {
      return Long.parseLong(s);
    }
    return null;
  }
}
