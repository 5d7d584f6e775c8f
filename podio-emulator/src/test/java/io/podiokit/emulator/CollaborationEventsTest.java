package io.podiokit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.podiokit.emulator.EmulatorState.Ref;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The joined-up areas (notifications, stream, calendar, search, actions, votings, reminders) fed by the references and
 * events other areas publish, as their contract (EVENTS.md) describes them. Items, tasks, comments and statuses are
 * stood in for by references registered on the world and events published through it; answers are read over HTTP.
 */
class CollaborationEventsTest {

  static final String ANN = "ann@example.com";
  static final long APP = PodioEmulator.DEMO_APP_ID;

  PodioEmulator podio;
  World world;
  Wire wire;
  String demoToken;
  String annToken;
  Ref demo;
  Ref ann;
  final Map<String, Map<Long, Map<String, Object>>> refs = new ConcurrentHashMap<>();

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().demoData().user(ANN, "ann-password", "Ann Other").start();
    world = podio.world();
    wire = new Wire(podio);
    demoToken = token(PodioEmulator.DEMO_USER_EMAIL, PodioEmulator.DEMO_USER_PASSWORD);
    annToken = token(ANN, "ann-password");
    demo = Ref.user(podio.userId(PodioEmulator.DEMO_USER_EMAIL));
    ann = Ref.user(podio.userId(ANN));
    for (String type : List.of("item", "task", "comment", "status")) {
      Map<Long, Map<String, Object>> byId = new ConcurrentHashMap<>();
      refs.put(type, byId);
      world.refs(type, byId::get);
    }
  }

  @AfterEach
  void stop() {
    podio.close();
  }

  private String token(String mail, String password) {
    return (String) wire.password(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET, mail, password)
        .get("access_token");
  }

  /** Stores an object's reference and publishes {@code type.event} for it, as its area would. */
  private void publish(String type, String event, long id, Ref by, Map<String, Object> ref, Map<String, Object> data) {
    Map<String, Object> r = new LinkedHashMap<>(ref);
    r.put("type", type);
    r.put("id", id);
    r.putIfAbsent("link", "https://podio.example/" + type + "/" + id);
    if (event.equals("delete")) {
      refs.get(type).remove(id);
    } else {
      refs.get(type).put(id, r);
    }
    Map<String, Object> d = new LinkedHashMap<>(data);
    d.put(type + "_id", id);
    world.publish(new World.Event(type + "." + event, type, id, by, d));
  }

  private void item(String event, long id, Ref by, String title, List<Object> dateFields) {
    publish("item", event, id, by, Map.of("title", title, "app_id", APP, "created_by", by.id(), "text",
        title + " notes", "date_fields", dateFields, "space_id", 1L), Map.of("app_id", APP, "space_id", 1L,
        "title", title));
  }

  private void task(String event, long id, Ref by, Map<String, Object> ref) {
    Map<String, Object> r = new LinkedHashMap<>(ref);
    r.putIfAbsent("created_by", by.id());
    r.putIfAbsent("status", "active");
    publish("task", event, id, by, r, Map.of("created_by", by.id(), "responsible", r.getOrDefault("responsible", 0L)));
  }

  private void comment(long id, Ref by, String refType, long refId, String text) {
    publish("comment", "create", id, by, Map.of("title", text, "ref_type", refType, "ref_id", refId,
        "created_by", by.id()), Map.of("ref_type", refType, "ref_id", refId, "created_by", by.id()));
  }

  private List<Object> list(String path, String token) {
    HttpResponse<String> r = wire.apiGet(path, token);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Wire.array(r.body());
  }

  private Map<String, Object> object(String path, String token) {
    return Wire.ok(wire.apiGet(path, token));
  }

  private static Map<String, Object> first(List<Object> list) {
    return Wire.map(list.get(0));
  }

  private static Map<String, Object> dateField(long fieldId, String label, String start, String end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field_id", fieldId);
    m.put("label", label);
    m.put("start", start);
    m.put("end", end);
    return m;
  }

  @Test
  void aCommentOnAnItemNotifiesItsCreatorAndTopsTheStreamUntilDeleted() {
    item("create", 1, demo, "Offer", List.of());
    item("create", 2, demo, "Other offer", List.of());
    comment(10, ann, "item", 1, "Looks good");

    Map<String, Object> group = first(list("/notification/", demoToken));
    assertThat(Wire.map(group.get("context"))).containsEntry("title", "Offer")
        .containsEntry("ref", Map.of("type", "item", "id", 1L));
    Map<String, Object> n = first(Wire.list(group.get("notifications")));
    assertThat(n).containsEntry("type", "comment").containsEntry("text", "Ann Other commented on Offer")
        .containsEntry("data", Map.of("comment_id", 10L));
    assertThat(object("/notification/inbox/new/count", demoToken)).containsEntry("new", 1L);

    Map<String, Object> top = first(list("/stream/", demoToken));
    assertThat(top).containsEntry("id", 1L).containsEntry("type", "item");
    assertThat(Wire.list(top.get("comments"))).singleElement()
        .satisfies(c -> assertThat(Wire.map(c)).containsEntry("comment_id", 10L).containsEntry("value", "Looks good"));
    assertThat(first(Wire.list(top.get("activity")))).containsEntry("activity_type", "comment");

    publish("comment", "delete", 10, ann, Map.of(), Map.of("ref_type", "item", "ref_id", 1L));

    assertThat(list("/notification/", demoToken)).isEmpty();
    assertThat(first(list("/stream/", demoToken))).satisfies(o -> assertThat(Wire.list(o.get("comments"))).isEmpty());
  }

  @Test
  void nobodyIsNotifiedOfTheirOwnCommentAndTasksNotifyTheirResponsibleUser() {
    item("create", 1, demo, "Offer", List.of());
    comment(10, demo, "item", 1, "Note to self");
    assertThat(list("/notification/", demoToken)).isEmpty();

    task("create", 20, demo, Map.of("title", "Call the customer", "responsible", ann.id()));

    assertThat(list("/notification/", demoToken)).isEmpty();
    Map<String, Object> group = first(list("/notification/?context_type=task", annToken));
    assertThat(first(Wire.list(group.get("notifications")))).containsEntry("type", "task")
        .containsEntry("text", PodioEmulator.DEMO_USER_NAME + " assigned you the task Call the customer");
  }

  @Test
  void tasksShowOnTheirDueDateAndItemsOnTheirDateFields() {
    item("create", 1, demo, "Launch", List.of(dateField(5, "Deadline", "2026-12-05", "2026-12-06")));
    task("create", 20, demo, Map.of("title", "Rehearse", "due_date", "2026-12-03", "due_time", "09:30:00",
        "due_on", "2026-12-03 08:30:00", "responsible", demo.id(), "ref_type", "item", "ref_id", 1L));
    task("create", 21, demo, Map.of("title", "No date"));

    List<Object> december = list("/calendar/?date_from=2026-12-01&date_to=2026-12-31", demoToken);
    assertThat(december).hasSize(2);
    assertThat(Wire.map(december.get(0))).containsEntry("type", "task").containsEntry("id", 20L)
        .containsEntry("title", "Rehearse").containsEntry("start", "2026-12-03 09:30:00")
        .containsEntry("start_date", "2026-12-03").containsEntry("start_time", "09:30:00")
        .containsEntry("start_utc", "2026-12-03 08:30:00").containsEntry("status", "active");
    assertThat(Wire.map(december.get(1))).containsEntry("type", "item").containsEntry("group", "Deadline")
        .containsEntry("uid", "item_1_5").containsEntry("start_date", "2026-12-05")
        .containsEntry("end_date", "2026-12-06").containsEntry("start_time", null);

    assertThat(list("/calendar/?date_from=2026-12-06&date_to=2026-12-31", demoToken)).hasSize(1);
    assertThat(list("/calendar/?date_from=2026-12-07&date_to=2026-12-31", demoToken)).isEmpty();
    assertThat(list("/calendar/?date_from=2026-12-01&date_to=2026-12-31&types=task", demoToken)).hasSize(1);
    assertThat(list("/calendar/app/" + APP + "/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).hasSize(2);
    assertThat(list("/calendar/space/1/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).hasSize(2);
    assertThat(list("/calendar/space/2/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).isEmpty();

    task("update", 20, demo, Map.of("title", "Rehearse", "due_date", "2027-01-10", "ref_type", "item", "ref_id", 1L));
    assertThat(list("/calendar/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).hasSize(1);
    assertThat(first(list("/calendar/?date_from=2027-01-01&date_to=2027-01-31", demoToken)))
        .containsEntry("start", "2027-01-10").containsEntry("start_utc", null);

    task("delete", 20, demo, Map.of());
    assertThat(list("/calendar/?date_from=2027-01-01&date_to=2027-01-31", demoToken)).isEmpty();
  }

  @Test
  void summariesSplitTodayFromWhatComesNext() {
    LocalDate today = LocalDate.ofInstant(podio.now(), ZoneOffset.UTC);
    task("create", 20, demo, Map.of("title", "Today's", "due_date", today.toString(), "responsible", ann.id()));
    item("create", 1, demo, "Next week", List.of(dateField(5, "Date", today.plusDays(7).toString(), "")));
    item("create", 2, demo, "In two weeks", List.of(dateField(5, "Date", today.plusDays(14).toString(), "")));

    Map<String, Object> summary = object("/calendar/summary?limit=1", demoToken);
    assertThat(Wire.map(summary.get("today"))).containsEntry("count", 1L);
    Map<String, Object> upcoming = Wire.map(summary.get("upcoming"));
    assertThat(upcoming).containsEntry("count", 2L);
    assertThat(Wire.list(upcoming.get("events"))).singleElement()
        .satisfies(e -> assertThat(Wire.map(e)).containsEntry("title", "Next week"));

    assertThat(Wire.map(object("/calendar/personal/summary", annToken).get("today"))).containsEntry("count", 1L);
    assertThat(Wire.map(object("/calendar/personal/summary", annToken).get("upcoming"))).containsEntry("count", 0L);
    assertThat(Wire.map(object("/calendar/space/1/summary", demoToken).get("upcoming"))).containsEntry("count", 2L);
  }

  @Test
  void aMutedAppIsHiddenFromTheGlobalCalendarOnly() {
    item("create", 1, demo, "Launch", List.of(dateField(5, "Deadline", "2026-12-05", "")));

    world.area(CalendarRoutes.class).mute(demo.id(), "app", APP);

    assertThat(list("/calendar/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).isEmpty();
    assertThat(list("/calendar/?date_from=2026-12-01&date_to=2026-12-31", annToken)).hasSize(1);
    assertThat(list("/calendar/app/" + APP + "/?date_from=2026-12-01&date_to=2026-12-31", demoToken)).hasSize(1);
    assertThat(first(list("/calendar/mute/", demoToken))).containsEntry("id", APP).containsEntry("type", "app")
        .containsEntry("title", "Demo App").containsEntry("item", true);
  }

  @Test
  void theIcalFeedHoldsTimedAndAllDayEvents() {
    item("create", 1, demo, "Launch; v2", List.of(dateField(5, "Deadline", "2026-12-05", "2026-12-06")));
    task("create", 20, demo, Map.of("title", "Rehearse", "due_date", "2026-12-03", "due_time", "09:30:00",
        "due_on", "2026-12-03 08:30:00"));
    String token = podio.calendarFeedToken(PodioEmulator.DEMO_USER_EMAIL);

    HttpResponse<String> feed = wire.apiGet("/calendar/ics/" + demo.id() + "/" + token + "/", demoToken);

    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/calendar"));
    assertThat(feed.body()).contains("UID:task_20@podio.com\r\n", "DTSTART:20261203T083000Z\r\n",
        "DTSTART;VALUE=DATE:20261205\r\n", "DTEND;VALUE=DATE:20261207\r\n", "SUMMARY:Launch\\; v2\r\n");
    assertThat(podio.calendarFeedToken(ANN)).isNotEqualTo(token);
    assertThat(wire.apiGet("/calendar/ics/" + ann.id() + "/" + token + "/", demoToken).statusCode()).isEqualTo(403);
  }

  @Test
  void searchFindsItemsTasksAndStatusesByTheirText() {
    item("create", 1, demo, "Offer", List.of());
    publish("status", "create", 30, ann, Map.of("title", "Offer accepted by the customer", "space_id", 1L,
        "created_by", ann.id()), Map.of("space_id", 1L));
    task("create", 20, demo, Map.of("title", "Send the offer"));

    List<Object> all = Wire.array(wire.api("POST", "/search/", demoToken, "{\"query\": \"offer\"}").body());
    assertThat(all).extracting(r -> Wire.map(r).get("type")).containsExactlyInAnyOrder("item", "status", "task");
    assertThat(Wire.array(wire.api("POST", "/search/", demoToken, "{\"query\": \"notes\"}").body()))
        .extracting(r -> Wire.map(r).get("id")).containsExactly(1L);
    assertThat(Wire.array(wire.api("POST", "/search/space/1/", demoToken,
        "{\"query\": \"customer\", \"ref_type\": \"status\"}").body())).singleElement()
        .satisfies(r -> assertThat(Wire.map(r)).containsEntry("id", 30L).containsEntry("space", Map.of("space_id", 1L)));
    assertThat(Wire.array(wire.api("POST", "/search/", demoToken,
        "{\"query\": \"notes\", \"search_fields\": \"title\"}").body())).isEmpty();
  }

  @Test
  void membersJoiningAreActionsInTheStreamAndActionsKeepTheirComments() {
    world.publish(new World.Event("member.add", "space", 1, demo, Map.of("space_id", 1L, "user_id", ann.id())));

    Map<String, Object> top = first(list("/stream/space/1/", demoToken));
    assertThat(top).containsEntry("type", "action").containsEntry("title", "Ann Other joined the workspace");
    long actionId = (Long) top.get("id");
    publish("comment", "create", 40, demo, Map.of("title", "Welcome!", "ref_type", "action", "ref_id", actionId),
        Map.of("ref_type", "action", "ref_id", actionId));

    Map<String, Object> action = object("/action/" + actionId, demoToken);
    assertThat(action).containsEntry("type", "space_member_join")
        .containsEntry("data", Map.of("space_id", 1L, "user_id", ann.id()));
    assertThat(Wire.list(action.get("comments"))).singleElement()
        .satisfies(c -> assertThat(Wire.map(c)).containsEntry("value", "Welcome!"));
    assertThat(first(list("/stream/", demoToken))).containsEntry("id", actionId);
  }

  @Test
  void votesAreCountedPerValue() {
    item("create", 1, demo, "Candidate", List.of());
    List<Object> votings = list("/voting/app/" + APP + "/voting", demoToken);
    long stars = (Long) Wire.map(votings.get(0)).get("voting_id");
    long answers = (Long) Wire.map(votings.get(1)).get("voting_id");
    long high = (Long) Wire.map(Wire.list(Wire.map(votings.get(1)).get("answers")).get(2)).get("answer_id");
    VotingRoutes voting = world.area(VotingRoutes.class);
    voting.vote(1, stars, demo.id(), 4);
    voting.vote(1, stars, ann.id(), 5);
    voting.vote(1, answers, ann.id(), high);

    assertThat(object("/voting/item/1/voting/" + stars + "/result", demoToken)).containsEntry("total", 2L)
        .containsEntry("average", 4.5).containsEntry("counts", List.of(Map.of("value", 4L, "count", 1L),
            Map.of("value", 5L, "count", 1L)));
    assertThat(object("/voting/item/1/voting/" + answers + "/result", demoToken)).containsEntry("average", null)
        .containsEntry("counts", List.of(Map.of("value", high, "count", 1L)));
    assertThat(list("/voting/item/1/voting/" + stars + "/user", demoToken)).extracting(v -> Wire.map(v).get("value"))
        .containsExactly(4L, 5L);

    item("delete", 1, demo, "Candidate", List.of());
    item("create", 1, demo, "Candidate again", List.of());
    assertThat(object("/voting/item/1/voting/" + stars + "/result", demoToken)).containsEntry("total", 0L);
  }

  @Test
  void remindersAreSnoozedAndGoWithTheirObject() {
    item("create", 1, demo, "Due", List.of());
    assertThat(wire.api("PUT", "/reminder/item/1", demoToken, "{\"remind_delta\": 15}").statusCode()).isEqualTo(204);
    java.time.Instant before = podio.now();
    assertThat(wire.api("POST", "/reminder/item/1/snooze", demoToken, null).statusCode()).isEqualTo(204);
    ReminderRoutes.Reminder reminder = world.area(ReminderRoutes.class).reminder(demo.id(), "item", 1);
    assertThat(reminder).isNotNull();
    assertThat(reminder.snoozedUntil()).isBetween(before.plus(Duration.ofMinutes(10)),
        podio.now().plus(Duration.ofMinutes(10)));
    assertThat(world.area(ReminderRoutes.class).reminder(ann.id(), "item", 1)).isNull();
    assertThat(wire.api("PUT", "/recurrence/item/1", demoToken, "{\"name\": \"yearly\"}").statusCode()).isEqualTo(204);

    item("delete", 1, demo, "Due", List.of());
    item("create", 1, demo, "Due again", List.of());

    assertThat(wire.apiGet("/reminder/item/1", demoToken).statusCode()).isEqualTo(404);
    assertThat(wire.apiGet("/recurrence/item/1", demoToken).statusCode()).isEqualTo(404);
  }

  @Test
  void filesAttachedToAnObjectShowInItsStreamEntry() {
    item("create", 1, demo, "Offer", List.of());
    world.publish(new World.Event("file.change", "file", 50, ann, Map.of("file_id", 50L, "ref_type", "item",
        "ref_id", 1L)));

    Map<String, Object> top = first(list("/stream/user/" + ann.id() + "/", demoToken));
    assertThat(top).containsEntry("id", 1L).containsEntry("files", List.of(Map.of("file_id", 50L)));
    assertThat(first(Wire.list(top.get("activity")))).containsEntry("activity_type", "file");
  }
}
