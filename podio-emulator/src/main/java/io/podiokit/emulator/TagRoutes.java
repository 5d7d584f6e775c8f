package io.podiokit.emulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Tags: {@code /tag/...}. Tags are kept per object; counts and searches by app, workspace and organization follow
 * the objects' references ({@code app_id}, {@code space_id}). Adding and removing publish {@code tag.add} and
 * {@code tag.delete} per tag.
 */
final class TagRoutes extends Area {

  private static final long MAX_LIMIT = 100;

  record Tagged(String refType, long refId) {}

  private final ConcurrentHashMap<Tagged, Set<String>> tags = new ConcurrentHashMap<>();

  TagRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/tag/{ref_type}/{ref_id}/", request -> {
      Tagged object = object(request);
      List<String> added = texts(request);
      Set<String> now = tags.computeIfAbsent(object, k -> new LinkedHashSet<>());
      List<String> newTags = new ArrayList<>();
      synchronized (now) {
        for (String tag : added) {
          if (now.add(tag)) {
            newTags.add(tag);
          }
        }
      }
      newTags.forEach(tag -> publish(request, "tag.add", object, tag));
      return Reply.noContent();
    });
    routes.put("/tag/{ref_type}/{ref_id}/", request -> {
      Tagged object = object(request);
      List<String> wanted = texts(request);
      Set<String> now = tags.computeIfAbsent(object, k -> new LinkedHashSet<>());
      List<String> removed = new ArrayList<>();
      List<String> added = new ArrayList<>();
      synchronized (now) {
        for (String tag : List.copyOf(now)) {
          if (!wanted.contains(tag)) {
            now.remove(tag);
            removed.add(tag);
          }
        }
        for (String tag : wanted) {
          if (now.add(tag)) {
            added.add(tag);
          }
        }
      }
      removed.forEach(tag -> publish(request, "tag.delete", object, tag));
      added.forEach(tag -> publish(request, "tag.add", object, tag));
      return Reply.noContent();
    });
    routes.delete("/tag/{ref_type}/{ref_id}/", request -> {
      Tagged object = object(request);
      String text = request.query("text");
      if (text == null || text.isBlank()) {
        throw ApiError.invalid("Missing parameter text: the tag to remove");
      }
      Set<String> now = tags.get(object);
      boolean removed;
      if (now == null) {
        removed = false;
      } else {
        synchronized (now) {
          removed = now.remove(text);
        }
      }
      if (removed) {
        publish(request, "tag.delete", object, text);
      }
      return Reply.noContent();
    });
    routes.get("/tag/app/{app_id}/", request -> {
      long appId = app(request);
      String prefix = request.query("text", "");
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Map.Entry<Tagged, Set<String>> e : tags.entrySet()) {
        if (Objects.equals(Collab.appOf(world, e.getKey().refType(), e.getKey().refId()), appId)) {
          for (String tag : snapshot(e.getValue())) {
            if (tag.startsWith(prefix)) {
              counts.merge(tag, 1, Integer::sum);
            }
          }
        }
      }
      long limit = request.queryLong("limit", Long.MAX_VALUE);
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(Math.max(0, limit))
          .map(e -> Map.of("text", e.getKey(), "count", e.getValue())).toList();
    });
    routes.get("/tag/app/{app_id}/search/", request -> {
      long appId = app(request);
      return search(request, t -> Objects.equals(Collab.appOf(world, t.refType(), t.refId()), appId));
    });
    routes.get("/tag/space/{space_id}/search/", request -> {
      long spaceId = request.id("space_id");
      return search(request, t -> Objects.equals(Collab.spaceOf(world, t.refType(), t.refId()), spaceId));
    });
    routes.get("/tag/org/{org_id}/search/", request -> {
      long orgId = request.id("org_id");
      if (orgId != EmulatorState.ORG_ID) {
        throw ApiError.notFound("Organization", orgId);
      }
      return search(request, t -> Collab.spaceOf(world, t.refType(), t.refId()) != null);
    });
  }

  private List<Map<String, @Nullable Object>> search(ApiRequest request, Predicate<Tagged> in) {
    String text = request.query("text");
    if (text == null || text.isBlank()) {
      throw ApiError.invalid("Missing parameter text: the tag to search for");
    }
    List<Tagged> found = tags.entrySet().stream().filter(e -> snapshot(e.getValue()).contains(text))
        .map(Map.Entry::getKey).filter(in)
        .sorted(Comparator.comparing(Tagged::refType).thenComparingLong(Tagged::refId)).toList();
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Tagged t : Collab.page(request, found, 20, MAX_LIMIT)) {
      Map<String, Object> ref = world.ref(t.refType(), t.refId());
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("id", t.refId());
      m.put("type", t.refType());
      m.put("title", ref == null ? null : ref.get("title"));
      m.put("link", ref == null ? null : ref.get("link"));
      out.add(m);
    }
    return out;
  }

  private static List<String> snapshot(Set<String> set) {
    synchronized (set) {
      return List.copyOf(set);
    }
  }

  private void publish(ApiRequest request, String type, Tagged object, String tag) {
    world.publish(new World.Event(type, object.refType(), object.refId(), request.caller(),
        Map.of("ref_type", object.refType(), "ref_id", object.refId(), "tag", tag)));
  }

  private long app(ApiRequest request) {
    long appId = request.id("app_id");
    world.requireRef("app", appId);
    return appId;
  }

  private Tagged object(ApiRequest request) {
    String refType = request.param("ref_type");
    long refId = request.id("ref_id");
    world.requireRef(refType, refId);
    return new Tagged(refType, refId);
  }

  private static List<String> texts(ApiRequest request) throws IOException {
    List<String> out = new ArrayList<>();
    for (Object o : request.array()) {
      if (!(o instanceof String s) || s.isBlank()) {
        throw ApiError.invalid("Each tag must be a non-empty text, was " + o);
      }
      out.add(s.trim());
    }
    return out;
  }
}
