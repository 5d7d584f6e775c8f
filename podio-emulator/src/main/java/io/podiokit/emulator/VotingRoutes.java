package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.App;
import io.podiokit.emulator.EmulatorState.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Votings: {@code /voting/...}. Every app runs two votings on its items: a {@code fivestar} rating and an
 * {@code answers} voting (Low, Medium, High). Podio's list has no operation to cast a vote, so votes start empty;
 * {@link #vote} casts one. Results count the votes per value; an item's votes belong to its app's votings only.
 */
final class VotingRoutes extends Area {

  /** A voting of an app. */
  record Voting(long id, long appId, String kind, String question, List<Map<String, Object>> answers) {}

  private final Map<Long, Voting> votings = new ConcurrentHashMap<>();
  /** {@code itemId:votingId} to each user's vote. */
  private final Map<String, Map<Long, Long>> votes = new ConcurrentHashMap<>();

  VotingRoutes(World world) {
    super(world);
    for (App app : world.state.apps()) {
      long rating = world.nextId("voting", 300_000);
      votings.put(rating, new Voting(rating, app.id(), "fivestar", "How good is it?", List.of()));
      long priority = world.nextId("voting", 300_000);
      List<Map<String, Object>> answers = new ArrayList<>();
      for (String text : List.of("Low", "Medium", "High")) {
        answers.add(Map.of("answer_id", world.nextId("voting.answer", 310_000), "text", text));
      }
      votings.put(priority, new Voting(priority, app.id(), "answers", "What priority should it have?",
          List.copyOf(answers)));
    }
    world.subscribe(e -> {
      if (e.type().equals("item.delete")) {
        votes.keySet().removeIf(k -> k.startsWith(e.refId() + ":"));
      }
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/voting/app/{app_id}/voting", request -> {
      long appId = world.area(AppRoutes.class).visible(request.caller(), request.id("app_id")).id();
      return votings.values().stream().filter(v -> v.appId() == appId).sorted((a, b) -> Long.compare(a.id(), b.id()))
          .map(v -> (Object) json(v)).toList();
    });
    routes.get("/voting/item/{item_id}/voting/{voting_id}/result", request -> {
      Voting voting = find(request.caller(), request.id("item_id"), request.id("voting_id"));
      Map<Long, Long> cast = votes.getOrDefault(request.id("item_id") + ":" + voting.id(), Map.of());
      Map<Long, Integer> counts = new TreeMap<>();
      cast.values().forEach(v -> counts.merge(v, 1, Integer::sum));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("voting_id", voting.id());
      m.put("total", cast.size());
      m.put("average", voting.kind().equals("fivestar") && !cast.isEmpty()
          ? cast.values().stream().mapToLong(Long::longValue).average().orElse(0) : null);
      m.put("counts", counts.entrySet().stream().map(c -> (Object) Map.of("value", c.getKey(), "count", c.getValue()))
          .toList());
      return m;
    });
    routes.get("/voting/item/{item_id}/voting/{voting_id}/user", request -> {
      Voting voting = find(request.caller(), request.id("item_id"), request.id("voting_id"));
      Map<Long, Long> cast = votes.getOrDefault(request.id("item_id") + ":" + voting.id(), Map.of());
      return new TreeMap<>(cast).entrySet().stream().map(v -> (Object) Map.of(
          "user", Collab.byLine(world, Ref.user(v.getKey())), "value", v.getValue())).toList();
    });
  }

  /** Casts (or changes) a user's vote on an item: stars from 1 to 5, or an answer's id. */
  void vote(long itemId, long votingId, long userId, long value) {
    Voting voting = votings.get(votingId);
    if (voting == null) {
      throw new IllegalArgumentException("no voting " + votingId);
    }
    boolean valid = voting.kind().equals("fivestar") ? value >= 1 && value <= 5
        : voting.answers().stream().anyMatch(a -> Long.valueOf(value).equals(a.get("answer_id")));
    if (!valid) {
      throw new IllegalArgumentException(value + " is not a valid vote in voting " + votingId);
    }
    votes.computeIfAbsent(itemId + ":" + votingId, k -> new ConcurrentHashMap<>()).put(userId, value);
  }

  private Voting find(Ref caller, long itemId, long votingId) {
    Map<String, Object> item = world.requireRef("item", itemId);
    if (!Collab.visible(world, caller, "item", itemId)) {
      throw ApiError.forbidden("This app authentication only gives access to the items of app " + caller.id());
    }
    Voting voting = votings.get(votingId);
    if (voting == null || !Long.valueOf(voting.appId()).equals(Collab.longValue(item, "app_id"))) {
      throw ApiError.notFound("Voting", votingId);
    }
    return voting;
  }

  private Map<String, Object> json(Voting v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("voting_id", v.id());
    m.put("kind", v.kind());
    m.put("question", v.question());
    m.put("status", "active");
    m.put("answers", v.answers());
    return m;
  }
}
