package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Batches: {@code /batch/...}. Bulk jobs other areas start (imports); a batch runs for {@link #RUN_TIME} of the
 * emulator's clock and then completes, so tests see it running and done by moving the clock.
 */
final class BatchRoutes extends Area {

  /** How long a batch runs on the emulator's clock. */
  static final Duration RUN_TIME = Duration.ofSeconds(5);

  /**
   * A bulk job.
   *
   * @param rows how many rows it works on; {@code skipped} of them are skipped, the rest completed
   */
  record Batch(long id, String name, String plugin, String refType, long refId, Map<String, Object> ref,
               Map<String, Object> file, int rows, int skipped, Ref createdBy, Instant createdOn) {}

  private final ConcurrentHashMap<Long, Batch> batches = new ConcurrentHashMap<>();

  BatchRoutes(World world) {
    super(world);
  }

  /** Starts a batch now and returns its id. */
  long start(String name, String plugin, String refType, long refId, Map<String, Object> file, int rows, int skipped,
             Ref by) {
    Batch b = new Batch(world.nextId("batch", 450_000), name, plugin, refType, refId,
        world.requireRef(refType, refId), file, rows, skipped, by, world.now());
    batches.put(b.id(), b);
    return b.id();
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/batch/{batch_id}", request -> {
      long id = request.id("batch_id");
      Batch b = batches.get(id);
      if (b == null || !b.createdBy().equals(request.caller())) {
        throw ApiError.notFound("Batch", id);
      }
      return Owners.view(request, json(b), "batch_id", "name", "status");
    });
    routes.get("/batch/", request -> Collab.page(request, mine(request.caller()), 30, 500).stream()
        .map(b -> (Object) json(b)).toList());
    routes.get("/batch/{ref_type}/{ref_id}/{plugin}/running/", request -> {
      String type = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(type, refId);
      String plugin = request.param("plugin");
      return mine(request.caller()).stream().filter(b -> b.refType().equals(type) && b.refId() == refId
          && b.plugin().equals(plugin) && !done(b)).map(b -> (Object) json(b)).toList();
    });
  }

  private List<Batch> mine(Ref caller) {
    return batches.values().stream().filter(b -> b.createdBy().equals(caller))
        .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
  }

  private boolean done(Batch b) {
    return !world.now().isBefore(b.createdOn().plus(RUN_TIME));
  }

  private Map<String, Object> json(Batch b) {
    boolean done = done(b);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("batch_id", b.id());
    m.put("name", b.name());
    m.put("plugin", b.plugin());
    m.put("status", done ? "completed" : "running");
    m.put("completed", done ? b.rows() - b.skipped() : 0);
    m.put("skipped", done ? b.skipped() : 0);
    m.put("failed", 0);
    m.put("created_on", World.PODIO_TIME.format(b.createdOn()));
    m.put("started_on", World.PODIO_TIME.format(b.createdOn()));
    if (done) {
      m.put("ended_on", World.PODIO_TIME.format(b.createdOn().plus(RUN_TIME)));
    }
    m.put("file", b.file());
    Object title = b.ref().get("title");
    if (b.refType().equals("app")) {
      m.put("app", Map.of("app_id", b.refId(), "config", Map.of("name", String.valueOf(title))));
    }
    long spaceId = Owners.spaceOf(b.refType(), b.refId(), b.ref());
    m.put("space", Map.of("space_id", spaceId));
    return m;
  }
}
