package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Ratings: {@code /rating/...}. One rating per user, object and type; counts per value, averages, and the like
 * counts other areas show on their objects. Rating and taking back publish {@code rating.create} and
 * {@code rating.delete} ({@code ref_type}, {@code ref_id}, {@code rating_type}, {@code value}).
 */
final class RatingRoutes extends Area {

  /** Each rating type with the lowest and highest value it takes. */
  private static final Map<String, int[]> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("approved", new int[] {0, 1});
    TYPES.put("rsvp", new int[] {0, 2});
    TYPES.put("fivestar", new int[] {1, 5});
    TYPES.put("yesno", new int[] {0, 1});
    TYPES.put("thumbs", new int[] {0, 1});
    TYPES.put("like", new int[] {1, 1});
  }

  record Key(String refType, long refId, String type, long userId) {}

  record Rating(long id, int value) {}

  private final ConcurrentHashMap<Key, Rating> ratings = new ConcurrentHashMap<>();

  RatingRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/rating/{ref_type}/{ref_id}/{rating_type}/{user_id}", request ->
        value(request, request.id("user_id")));
    routes.get("/rating/{ref_type}/{ref_id}/{rating_type}/self", request -> value(request, request.userId()));
    routes.get("/rating/{ref_type}/{ref_id}/{rating_type}", request ->
        ofType(object(request), request.param("ref_id"), type(request)));
    routes.get("/rating/{ref_type}/{ref_id}", request -> {
      String refType = object(request);
      Map<String, Object> all = new LinkedHashMap<>();
      for (String type : TYPES.keySet()) {
        all.put(type, ofType(refType, request.param("ref_id"), type));
      }
      return all;
    });
    routes.post("/rating/{ref_type}/{ref_id}/{rating_type}", this::rate);
    routes.delete("/rating/{ref_type}/{ref_id}/{rating_type}", request -> {
      String refType = object(request);
      long refId = request.id("ref_id");
      String type = type(request);
      Rating removed = ratings.remove(new Key(refType, refId, type, request.userId()));
      if (removed == null) {
        throw ApiError.notFound("Rating", type);
      }
      publish(request, "rating.delete", refType, refId, type, removed.value());
      return Reply.noContent();
    });
  }

  /** How many users liked an object. */
  long likeCount(String refType, long refId) {
    return ratings.keySet().stream()
        .filter(k -> k.refType().equals(refType) && k.refId() == refId && k.type().equals("like")).count();
  }

  /** Whether {@code caller} liked an object. */
  boolean liked(String refType, long refId, Ref caller) {
    return !caller.isApp() && ratings.containsKey(new Key(refType, refId, "like", caller.id()));
  }

  private Map<String, Object> rate(ApiRequest request) throws IOException {
    String refType = object(request);
    long refId = request.id("ref_id");
    String type = type(request);
    long userId = request.userId();
    long value = Collab.number(request.object(), "value");
    int[] range = TYPES.get(type);
    if (range == null || value < range[0] || value > range[1]) {
      throw ApiError.invalid("Invalid value for value: " + type + " ratings take " + (range == null ? "none"
          : range[0] + " to " + range[1]) + ", was " + value);
    }
    Rating rating = new Rating(world.nextId("rating", 700_000), (int) value);
    ratings.put(new Key(refType, refId, type, userId), rating);
    publish(request, "rating.create", refType, refId, type, rating.value());
    return Map.of("rating_id", rating.id());
  }

  private void publish(ApiRequest request, String event, String refType, long refId, String type, int value) {
    world.publish(new World.Event(event, refType, refId, request.caller(),
        Map.of("ref_type", refType, "ref_id", refId, "rating_type", type, "value", value)));
  }

  private Map<String, @Nullable Object> value(ApiRequest request, long userId) {
    Rating rating = ratings.get(new Key(object(request), request.id("ref_id"), type(request), userId));
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("value", rating == null ? null : rating.value());
    return m;
  }

  private Map<String, Object> ofType(String refType, String refIdText, String type) {
    long refId = ApiRequest.parseLong(refIdText, "ref_id");
    Map<Integer, List<Object>> byValue = new TreeMap<>();
    long sum = 0;
    int n = 0;
    for (Map.Entry<Key, Rating> e : ratings.entrySet()) {
      Key k = e.getKey();
      if (k.refType().equals(refType) && k.refId() == refId && k.type().equals(type)) {
        byValue.computeIfAbsent(e.getValue().value(), v -> new ArrayList<>()).add(Collab.contact(world, k.userId()));
        sum += e.getValue().value();
        n++;
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    byValue.forEach((value, users) -> counts.put(Integer.toString(value), Map.of("total", users.size(),
        "users", users)));
    Map<String, Object> m = new LinkedHashMap<>();
    if (type.equals("fivestar") && n > 0) {
      m.put("average", (double) sum / n);
    }
    m.put("counts", counts);
    return m;
  }

  /** The object's type after checking that the object exists; 404 when not. */
  private String object(ApiRequest request) {
    String refType = request.param("ref_type");
    world.requireRef(refType, request.id("ref_id"));
    return refType;
  }

  private static String type(ApiRequest request) {
    String type = request.param("rating_type");
    if (!TYPES.containsKey(type)) {
      throw ApiError.invalid("Invalid value for rating_type: '" + type + "' is not one of " + TYPES.keySet());
    }
    return type;
  }
}
