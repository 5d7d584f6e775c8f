package io.podiokit.emulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the API areas share: the OAuth server's state (clients, apps, users, tokens), the emulator's clock, id
 * sequences, the other areas, the objects areas can reference ({@code item}, {@code task}, {@code status}, ...), and
 * the events areas publish (which streams, notifications and webhooks follow). Each area keeps its own data.
 */
final class World {

  /** Podio's date-time format, always UTC: {@code 2026-11-30 12:00:00}. */
  static final DateTimeFormatter PODIO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  /**
   * Something that happened, as Podio's webhooks name it ({@code item.create}, {@code comment.create}, ...).
   *
   * @param type the event type
   * @param refType the type of the object it happened to ({@code item}, {@code task}, ...)
   * @param refId that object's id
   * @param by who did it: a user or an app
   * @param data the ids a webhook carries ({@code item_id}, {@code item_revision_id}, {@code app_id}, ...)
   */
  record Event(String type, String refType, long refId, EmulatorState.Ref by, Map<String, Object> data) {}

  /** Describes an object of one reference type for others that point at it; {@code null} when there is none. */
  @FunctionalInterface
  interface RefResolver {
    /** The object as a Podio reference ({@code type}, {@code id}, {@code title}, {@code link}, ...), or null. */
    @Nullable Map<String, Object> resolve(long id);
  }

  /** The largest upload accepted unless the builder says otherwise: 1 GiB. */
  static final long DEFAULT_MAX_FILE_SIZE = 1L << 30;

  final EmulatorState state;
  private volatile String baseUrl = "http://127.0.0.1";
  private volatile long maxFileSize = DEFAULT_MAX_FILE_SIZE;
  private final Map<Class<?>, Area> areas = new ConcurrentHashMap<>();
  private final Map<String, RefResolver> refs = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

  World(EmulatorState state) {
    this.state = state;
  }

  /** The emulator's current time (its own clock, which tests can move). */
  Instant now() {
    return state.now();
  }

  /** The emulator's current time in Podio's format. */
  String nowText() {
    return PODIO_TIME.format(now());
  }

  /** The emulator's base URL, e.g. {@code http://127.0.0.1:52011}; links in answers start with it. */
  String baseUrl() {
    return baseUrl;
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  /** The largest file an upload may carry, in bytes. */
  long maxFileSize() {
    return maxFileSize;
  }

  void maxFileSize(long bytes) {
    this.maxFileSize = bytes;
  }

  /** The next id of a sequence ({@code "task"}, {@code "comment"}, ...); each starts at {@code start + 1}. */
  long nextId(String sequence, long start) {
    return sequences.computeIfAbsent(sequence, k -> new AtomicLong(start)).incrementAndGet();
  }

  void register(Area area) {
    areas.put(area.getClass(), area);
  }

  /** Another area, to ask it about its objects. */
  <T extends Area> T area(Class<T> type) {
    return type.cast(Objects.requireNonNull(areas.get(type), () -> "no area " + type.getSimpleName()));
  }

  /** Lets other areas point at objects of {@code type} (comments, ratings, tags, subscriptions, tasks, ...). */
  void refs(String type, RefResolver resolver) {
    refs.put(type, resolver);
  }

  /** The object {@code type}/{@code id} as a reference, or {@code null} when there is none. */
  @Nullable Map<String, Object> ref(String type, long id) {
    RefResolver resolver = refs.get(type);
    return resolver == null ? null : resolver.resolve(id);
  }

  /** The object {@code type}/{@code id} as a reference; Podio's 404 when it does not exist. */
  Map<String, Object> requireRef(String type, long id) {
    if (!refs.containsKey(type)) {
      throw ApiError.invalid("Invalid value for ref_type: '" + type + "' is not one of " + refs.keySet());
    }
    Map<String, Object> ref = ref(type, id);
    if (ref == null) {
      throw ApiError.notFound(Character.toUpperCase(type.charAt(0)) + type.substring(1), id);
    }
    return ref;
  }

  /** Hears every event published from now on, synchronously, on the thread that published it. */
  void subscribe(Consumer<Event> listener) {
    listeners.add(listener);
  }

  /** Publishes an event to every listener. */
  void publish(Event event) {
    for (Consumer<Event> l : listeners) {
      l.accept(event);
    }
  }
}
