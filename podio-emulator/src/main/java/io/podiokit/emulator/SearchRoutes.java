package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Search: {@code /search/...}. Finds the items, tasks and statuses the area heard of ({@code *.create} and
 * {@code *.update} events; deleted ones drop out) whose title or text (an item's reference {@code text}: its title
 * and text field values) holds every word of the query, case-insensitively. Matches in the title rank first.
 */
final class SearchRoutes extends Area {

  private static final long DEFAULT_LIMIT = 20;
  private static final long MAX_LIMIT = 100;
  private static final Set<String> TYPES = Set.of("item", "task", "status");

  private record Hit(String type, long id, Map<String, Object> ref, boolean inTitle) {}

  private final Set<String> indexed;

  SearchRoutes(World world) {
    super(world);
    indexed = Collab.existing(world, TYPES);
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/search/", request -> search(request, h -> true));
    routes.post("/search/org/{org_id}/", request -> {
      long orgId = request.id("org_id");
      return search(request, h -> {
        Long space = Collab.spaceOf(world, h.type(), h.id());
        return space != null && Collab.orgOf(world, space) == orgId;
      });
    });
    routes.post("/search/space/{space_id}/", request -> {
      Long spaceId = request.id("space_id");
      return search(request, h -> spaceId.equals(Collab.spaceOf(world, h.type(), h.id())));
    });
    routes.post("/search/app/{app_id}/", request -> {
      Long appId = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")).id();
      return search(request, h -> h.type().equals("item") && appId.equals(Collab.appOf(world, "item", h.id())));
    });
    routes.post("/search/app/{app_id}/space/{space_id}", request -> {
      Long appId = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")).id();
      Long spaceId = request.id("space_id");
      return search(request, h -> h.type().equals("item") && appId.equals(Collab.appOf(world, "item", h.id()))
          && spaceId.equals(Collab.spaceOf(world, "item", h.id())));
    });
  }

  private List<Object> search(ApiRequest request, Predicate<Hit> scope) throws IOException {
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("query") instanceof String query) || query.isBlank()) {
      throw ApiError.invalid("Missing value for query: give the words to search for");
    }
    Object refType = body.get("ref_type");
    if (refType != null && !(refType instanceof String)) {
      throw ApiError.invalid("Invalid value for ref_type: must be a text such as \"item\"");
    }
    boolean titleOnly = "title".equals(body.get("search_fields"));
    List<String> words = List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    Ref caller = request.caller();
    List<Hit> hits = new ArrayList<>();
    for (String key : indexed) {
      String[] parts = key.split(":");
      long id = Long.parseLong(parts[1]);
      Map<String, Object> ref = world.ref(parts[0], id);
      if (ref == null || (refType != null && !refType.equals(parts[0]))
          || !Collab.visible(world, caller, parts[0], id)) {
        continue;
      }
      String title = String.valueOf(ref.get("title")).toLowerCase(Locale.ROOT);
      String text = titleOnly ? title : (title + " " + ref.getOrDefault("text", "")).toLowerCase(Locale.ROOT);
      if (words.stream().allMatch(text::contains)) {
        Hit hit = new Hit(parts[0], id, ref, words.stream().allMatch(title::contains));
        if (scope.test(hit)) {
          hits.add(hit);
        }
      }
    }
    hits.sort(Comparator.comparing((Hit h) -> !h.inTitle()).thenComparing(Hit::id, Comparator.reverseOrder()));
    long offset = number(body.get("offset"), 0, "offset");
    List<Hit> page = Collab.page(hits, number(body.get("limit"), DEFAULT_LIMIT, "limit"), offset, MAX_LIMIT);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      out.add(json(page.get(i), (int) offset + i + 1));
    }
    return out;
  }

  private Map<String, Object> json(Hit h, int rank) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", h.type());
    m.put("id", h.id());
    m.put("rank", rank);
    m.put("title", h.ref().get("title"));
    m.put("link", h.ref().get("link"));
    m.put("created_on", h.ref().get("created_on"));
    Long createdBy = Collab.longValue(h.ref(), "created_by");
    if (createdBy != null) {
      m.put("created_by", Collab.byLine(world, Ref.user(createdBy)));
    }
    Long appId = Collab.appOf(world, h.type(), h.id());
    if (appId != null) {
      EmulatorState.App app = world.state.app(appId);
      m.put("app", Map.of("app_id", appId, "config", Map.of("name", app == null ? "" : app.name())));
    }
    Long space = Collab.spaceOf(world, h.type(), h.id());
    if (space != null) {
      m.put("space", Map.of("space_id", space));
      m.put("org", Map.of("org_id", Collab.orgOf(world, space)));
    }
    return m;
  }

  private static long number(@Nullable Object value, long fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value instanceof Long l) {
      return l;
    }
    throw ApiError.invalid("Invalid value for " + name + ": must be a whole number");
  }
}
