package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Subscriptions: {@code /subscription/...}. One per user and object. */
final class SubscriptionRoutes extends Area {

  record Stored(long id, long userId, String refType, long refId, Instant startedOn) {}

  private final ConcurrentHashMap<Long, Stored> subscriptions = new ConcurrentHashMap<>();

  SubscriptionRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/subscription/{subscription_id}", request -> json(own(request)));
    routes.get("/subscription/{ref_type}/{ref_id}", request -> json(byRef(request)));
    routes.post("/subscription/{ref_type}/{ref_id}", request -> {
      long userId = request.userId();
      String refType = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(refType, refId);
      Stored s;
      synchronized (subscriptions) {
        s = find(userId, refType, refId);
        if (s == null) {
          s = new Stored(world.nextId("subscription", 800_000), userId, refType, refId, world.now());
          subscriptions.put(s.id(), s);
        }
      }
      return Map.of("subscription_id", s.id());
    });
    routes.delete("/subscription/{subscription_id}", request -> {
      subscriptions.remove(own(request).id());
      return Reply.noContent();
    });
    routes.delete("/subscription/{ref_type}/{ref_id}", request -> {
      subscriptions.remove(byRef(request).id());
      return Reply.noContent();
    });
  }

  /** Whether {@code caller} is subscribed to an object. */
  boolean subscribed(Ref caller, String refType, long refId) {
    return !caller.isApp() && find(caller.id(), refType, refId) != null;
  }

  private @org.jspecify.annotations.Nullable Stored find(long userId, String refType, long refId) {
    for (Stored s : subscriptions.values()) {
      if (s.userId() == userId && s.refType().equals(refType) && s.refId() == refId) {
        return s;
      }
    }
    return null;
  }

  private Stored own(ApiRequest request) {
    long id = request.id("subscription_id");
    Stored s = subscriptions.get(id);
    if (s == null || s.userId() != request.userId()) {
      throw ApiError.notFound("Subscription", id);
    }
    return s;
  }

  private Stored byRef(ApiRequest request) {
    String refType = request.param("ref_type");
    long refId = request.id("ref_id");
    world.requireRef(refType, refId);
    Stored s = find(request.userId(), refType, refId);
    if (s == null) {
      throw ApiError.notFound("Subscription", refType + ":" + refId);
    }
    return s;
  }

  private Map<String, Object> json(Stored s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subscription_id", s.id());
    m.put("started_on", World.PODIO_TIME.format(s.startedOn()));
    m.put("notifications", true);
    m.put("ref", Collab.ref(world, s.refType(), s.refId()));
    return m;
  }
}
