package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Conversations: {@code /conversation/...}. Private to their participants; on their own or on an object; each
 * participant has an unread count that a reply raises for the others and reading clears.
 */
final class ConversationRoutes extends Area {

  record Message(long id, long by, String text, List<Long> fileIds, Instant createdOn) {}

  /** A conversation; guarded by itself. */
  static final class Conversation {
    final long id;
    final String subject;
    final @Nullable Map<String, Object> ref;
    final long createdBy;
    final Instant createdOn;
    final Set<Long> participants = new LinkedHashSet<>();
    final List<Message> messages = new ArrayList<>();
    final Map<Long, Integer> unread = new LinkedHashMap<>();

    Conversation(long id, String subject, @Nullable Map<String, Object> ref, long createdBy, Instant createdOn) {
      this.id = id;
      this.subject = subject;
      this.ref = ref;
      this.createdBy = createdBy;
      this.createdOn = createdOn;
    }

    Instant lastActivity() {
      return messages.isEmpty() ? createdOn : messages.get(messages.size() - 1).createdOn();
    }
  }

  private final ConcurrentHashMap<Long, Conversation> conversations = new ConcurrentHashMap<>();

  ConversationRoutes(World world) {
    super(world);
    world.refs("conversation", id -> {
      Conversation c = conversations.get(id);
      return c == null ? null : Map.of("type", "conversation", "id", id, "title", c.subject,
          "link", world.baseUrl() + "/conversations/" + id);
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/conversation/{conversation_id}", request -> {
      Conversation c = participantOf(request);
      synchronized (c) {
        return Owners.view(request, json(c, request.userId(), true), "conversation_id", "subject");
      }
    });
    routes.get("/conversation/", request -> list(request, c -> true));
    routes.get("/conversation/search/", request -> {
      String text = request.query("text");
      if (text == null || text.isBlank()) {
        throw ApiError.invalid("Missing parameter text: give the words to look for");
      }
      String needle = text.toLowerCase(Locale.ROOT);
      return list(request, c -> c.subject.toLowerCase(Locale.ROOT).contains(needle)
          || c.messages.stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(needle)));
    });
    routes.get("/conversation/{ref_type}/{ref_id}/", request -> {
      String type = request.param("ref_type");
      long refId = request.id("ref_id");
      world.requireRef(type, refId);
      return list(request, c -> c.ref != null && type.equals(c.ref.get("type")) && Long.valueOf(refId).equals(c.ref.get("id")));
    });
    routes.post("/conversation/", request -> create(request, null));
    routes.post("/conversation/{ref_type}/{ref_id}/", request ->
        create(request, world.requireRef(request.param("ref_type"), request.id("ref_id"))));
    routes.post("/conversation/{conversation_id}/reply", this::reply);
    routes.post("/conversation/{conversation_id}/participant/", this::addParticipants);
    routes.post("/conversation/{conversation_id}/read", request -> markUnread(request, false));
    routes.delete("/conversation/{conversation_id}/read", request -> markUnread(request, true));
  }

  private Map<String, Object> create(ApiRequest request, @Nullable Map<String, Object> ref) throws IOException {
    long caller = request.userId();
    Map<String, @Nullable Object> body = request.object();
    String subject = Collab.text(body, "subject");
    String text = Collab.text(body, "text");
    List<Long> participants = Collab.ids(body, "participants");
    if (participants.isEmpty()) {
      throw ApiError.invalid("Missing value for participants: give the user ids the conversation is with");
    }
    participants.forEach(id -> Owners.user(world, id));
    Conversation c = new Conversation(world.nextId("conversation", 300_000), subject,
        ref == null ? null : Owners.refJson(ref), caller, world.now());
    Message first = new Message(world.nextId("conversation_message", 310_000), caller, text,
        Collab.ids(body, "file_ids"), c.createdOn);
    synchronized (c) {
      c.participants.add(caller);
      c.participants.addAll(participants);
      c.messages.add(first);
      c.participants.forEach(p -> c.unread.put(p, p == caller ? 0 : 1));
    }
    conversations.put(c.id, c);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("conversation_id", c.id);
    m.put("message_id", first.id());
    return m;
  }

  private Map<String, Object> reply(ApiRequest request) throws IOException {
    Conversation c = participantOf(request);
    long caller = request.userId();
    Map<String, @Nullable Object> body = request.object();
    Message message = new Message(world.nextId("conversation_message", 310_000), caller, Collab.text(body, "text"),
        Collab.ids(body, "file_ids"), world.now());
    synchronized (c) {
      c.messages.add(message);
      c.participants.forEach(p -> c.unread.merge(p, p == caller ? 0 : 1, (old, one) -> one == 0 ? 0 : old + one));
    }
    return Map.of("message_id", message.id());
  }

  private Reply addParticipants(ApiRequest request) throws IOException {
    Conversation c = participantOf(request);
    List<Long> users = Collab.ids(request.object(), "participants");
    if (users.isEmpty()) {
      throw ApiError.invalid("Missing value for participants: give the user ids to add");
    }
    users.forEach(id -> Owners.user(world, id));
    synchronized (c) {
      for (long user : users) {
        if (c.participants.add(user)) {
          c.unread.put(user, c.messages.size());
        }
      }
    }
    return Reply.noContent();
  }

  private Reply markUnread(ApiRequest request, boolean unread) {
    Conversation c = participantOf(request);
    synchronized (c) {
      c.unread.put(request.userId(), unread ? Math.max(1, c.unread.getOrDefault(request.userId(), 0)) : 0);
    }
    return Reply.noContent();
  }

  private List<Object> list(ApiRequest request, java.util.function.Predicate<Conversation> filter) {
    long caller = request.userId();
    List<Conversation> mine = conversations.values().stream()
        .filter(c -> {
          synchronized (c) {
            return c.participants.contains(caller) && filter.test(c);
          }
        })
        .sorted(Comparator.comparing((Conversation c) -> {
          synchronized (c) {
            return c.lastActivity();
          }
        }).reversed().thenComparing(c -> -c.id))
        .toList();
    List<Object> out = new ArrayList<>();
    for (Conversation c : Collab.page(request, mine, 10, 500)) {
      synchronized (c) {
        out.add(json(c, caller, false));
      }
    }
    return out;
  }

  private Conversation participantOf(ApiRequest request) {
    long id = request.id("conversation_id");
    long caller = request.userId();
    Conversation c = conversations.get(id);
    if (c == null) {
      throw ApiError.notFound("Conversation", id);
    }
    synchronized (c) {
      if (!c.participants.contains(caller)) {
        throw ApiError.forbidden("Only the participants of conversation " + id + " may see it");
      }
    }
    return c;
  }

  private Map<String, Object> json(Conversation c, long caller, boolean withMessages) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("conversation_id", c.id);
    m.put("subject", c.subject);
    m.put("type", c.participants.size() > 2 ? "group" : "direct");
    if (c.ref != null) {
      m.put("ref", c.ref);
    }
    m.put("created_on", World.PODIO_TIME.format(c.createdOn));
    m.put("created_by", Collab.byLine(world, Ref.user(c.createdBy)));
    Message last = c.messages.get(c.messages.size() - 1);
    m.put("excerpt", last.text().length() > 100 ? last.text().substring(0, 100) : last.text());
    int unread = c.unread.getOrDefault(caller, 0);
    m.put("unread", unread > 0);
    m.put("unread_count", unread);
    List<Object> participants = new ArrayList<>();
    for (long p : c.participants) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("user_id", p);
      u.put("name", Owners.user(world, p).name());
      participants.add(u);
    }
    m.put("participants", participants);
    if (withMessages) {
      List<Object> messages = new ArrayList<>();
      for (Message msg : c.messages) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("message_id", msg.id());
        j.put("text", msg.text());
        j.put("created_on", World.PODIO_TIME.format(msg.createdOn()));
        j.put("created_by", Collab.byLine(world, Ref.user(msg.by())));
        j.put("file_ids", msg.fileIds());
        messages.add(j);
      }
      m.put("messages", messages);
    }
    return m;
  }
}
