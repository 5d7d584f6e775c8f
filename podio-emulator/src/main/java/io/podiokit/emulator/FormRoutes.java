package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Web forms of apps: {@code /form/...}. Created active; publishes {@code form.create}, {@code form.update} (also
 * for activation and deactivation) and {@code form.delete}.
 */
final class FormRoutes extends Area {

  record Form(long id, long appId, long spaceId, boolean active, Map<String, Object> settings, List<String> domains,
              List<Object> fields, boolean attachments) {}

  private final ConcurrentHashMap<Long, Form> forms = new ConcurrentHashMap<>();

  FormRoutes(World world) {
    super(world);
    world.refs("form", id -> {
      Form f = forms.get(id);
      return f == null ? null : Map.of("type", "form", "id", id, "title", "Form " + id,
          "link", world.baseUrl() + "/forms/" + id, "app_id", f.appId());
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/form/{form_id}", request ->
        Owners.view(request, json(find(request.id("form_id"))), "form_id", "app_id", "status"));
    routes.get("/form/app/{app_id}/", request -> {
      long appId = request.id("app_id");
      world.requireRef("app", appId);
      return forms.values().stream().filter(f -> f.appId() == appId).sorted((a, b) -> Long.compare(a.id(), b.id()))
          .map(f -> (Object) json(f)).toList();
    });
    routes.post("/form/app/{app_id}/", request -> {
      long appId = request.id("app_id");
      Map<String, Object> app = world.requireRef("app", appId);
      Form form = read(world.nextId("form", 800_000), appId, Owners.spaceOf("app", appId, app), true,
          request.object());
      forms.put(form.id(), form);
      publish("form.create", form, request.caller());
      return json(form);
    });
    routes.put("/form/{form_id}", request -> {
      Form old = find(request.id("form_id"));
      Form form = read(old.id(), old.appId(), old.spaceId(), old.active(), request.object());
      forms.put(form.id(), form);
      publish("form.update", form, request.caller());
      return Reply.noContent();
    });
    routes.delete("/form/{form_id}", request -> {
      Form form = find(request.id("form_id"));
      forms.remove(form.id());
      publish("form.delete", form, request.caller());
      return Reply.noContent();
    });
    routes.post("/form/{form_id}/activate", request -> setActive(request, true));
    routes.post("/form/{form_id}/deactivate", request -> setActive(request, false));
  }

  private Reply setActive(ApiRequest request, boolean active) {
    Form old = find(request.id("form_id"));
    Form form = new Form(old.id(), old.appId(), old.spaceId(), active, old.settings(), old.domains(), old.fields(),
        old.attachments());
    forms.put(form.id(), form);
    publish("form.update", form, request.caller());
    return Reply.noContent();
  }

  private Form find(long formId) {
    Form form = forms.get(formId);
    if (form == null) {
      throw ApiError.notFound("Form", formId);
    }
    return form;
  }

  private void publish(String type, Form form, Ref by) {
    world.publish(new World.Event(type, "form", form.id(), by, Map.of("form_id", form.id(), "app_id", form.appId())));
  }

  private static Form read(long id, long appId, long spaceId, boolean active, Map<String, @Nullable Object> body)
      throws IOException {
    if (!(body.get("fields") instanceof List<?> list) || list.isEmpty()) {
      throw ApiError.invalid("Missing value for fields: give the app fields the form shows, "
          + "as [{\"field_id\": ..., \"settings\": {...}}]");
    }
    List<Object> fields = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> f) || !(f.get("field_id") instanceof Long fieldId)) {
        throw ApiError.invalid("Each of fields must be {\"field_id\": <id>, \"settings\": {...}}");
      }
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("field_id", fieldId);
      field.put("settings", f.get("settings") instanceof Map<?, ?> s ? s : Map.of());
      fields.add(field);
    }
    List<String> domains = new ArrayList<>();
    if (body.get("domains") instanceof List<?> d) {
      for (Object o : d) {
        if (!(o instanceof String domain) || domain.isBlank() || domain.contains("/")) {
          throw ApiError.invalid("Each of domains must be a host name such as example.com, was " + o);
        }
        domains.add(domain);
      }
    } else if (body.get("domains") != null) {
      throw ApiError.invalid("Invalid value for domains: give a list of host names");
    }
    Object attachments = body.get("attachments");
    if (attachments != null && !(attachments instanceof Boolean)) {
      throw ApiError.invalid("Invalid value for attachments: give true or false");
    }
    return new Form(id, appId, spaceId, active, Owners.object(body, "settings"), List.copyOf(domains),
        List.copyOf(fields), Boolean.TRUE.equals(attachments));
  }

  private static Map<String, Object> json(Form f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("form_id", f.id());
    m.put("app_id", f.appId());
    m.put("space_id", f.spaceId());
    m.put("status", f.active() ? "active" : "inactive");
    m.put("settings", f.settings());
    m.put("domains", f.domains());
    m.put("fields", f.fields());
    m.put("attachments", f.attachments());
    return m;
  }
}
