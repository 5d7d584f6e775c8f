package io.podiokit.api.tests.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioApiException;
import io.podiokit.api.Upload;
import io.podiokit.api.WriteOptions;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.api.tests.CannedApi;
import io.podiokit.api.task.Task;
import io.podiokit.api.task.TaskLabel;
import io.podiokit.api.task.TaskLabelWrite;
import io.podiokit.api.task.TaskQuery;
import io.podiokit.api.task.TaskService;
import io.podiokit.api.task.TaskSummary;
import io.podiokit.api.task.TaskWrite;
import io.podiokit.emulator.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tasks and task labels over real HTTP: every operation, what the emulator received and what the client read. */
class TaskIT {

  static final ApiFixture api = ApiFixture.start();
  static final long ITEM = 100001;
  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  @AfterAll
  static void stop() {
    api.close();
  }

  TaskService tasks() {
    return api.user().tasks();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> body(RecordedRequest r) {
    return (Map<String, Object>) r.json();
  }

  @Test
  void createOnAnItemWithEverythingAndReadItBack() {
    long label = tasks().createLabel(new TaskLabelWrite("Sales", "DCEBD8")).labelId();
    long fileId = api.user().files().upload(Upload.of("brief.txt", "text/plain", new byte[] {1})).fileId();
    Task.Recurrence weekly = new Task.Recurrence("weekly", Map.of("days", List.of("monday")), 1, "2026-12-31");

    Task task = tasks().create("item", ITEM, TaskWrite.create("Call the customer").description("About the offer")
        .dueDate(LocalDate.of(2026, 3, 2)).responsible(api.userId()).labelIds(List.of(label))
        .fileIds(List.of(fileId)).reminder(30).recurrence(weekly).externalId("crm-7").build(),
        WriteOptions.builder().silent(true).hook(false).build());

    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/task/item/" + ITEM + "/");
    assertThat(sent.queryParams()).containsEntry("silent", "1").containsEntry("hook", "false");
    assertThat(body(sent)).containsEntry("text", "Call the customer").containsEntry("due_date", "2026-03-02")
        .containsEntry("responsible", api.userId()).containsEntry("label_ids", List.of(label))
        .containsEntry("file_ids", List.of(fileId)).containsEntry("reminder", Map.of("remind_delta", 30L))
        .containsEntry("external_id", "crm-7").doesNotContainKeys("due_on", "ref_type", "private");
    assertThat(task.text()).isEqualTo("Call the customer");
    assertThat(task.ref()).isNotNull();
    assertThat(task.ref().type()).isEqualTo("item");
    assertThat(task.ref().id()).isEqualTo(ITEM);
    assertThat(task.responsible()).isNotNull();
    assertThat(task.responsible().userId()).isEqualTo(api.userId());
    assertThat(task.labels()).extracting(TaskLabel::text).containsExactly("Sales");
    assertThat(task.files()).extracting(f -> f.fileId()).containsExactly(fileId);
    assertThat(task.reminder()).isEqualTo(new Task.Reminder(30));
    assertThat(task.recurrence()).isNotNull();
    assertThat(task.recurrence().name()).isEqualTo("weekly");
    assertThat(task.recurrence().until()).isEqualTo("2026-12-31");
    assertThat(task.isAllDay()).isTrue();
    assertThat(task.localDueDate()).contains(LocalDate.of(2026, 3, 2));
    assertThat(task.dueOnUtc()).isEmpty();
    assertThat(task.createdBy().userId()).isEqualTo(api.userId());
    assertThat(task.isCompleted()).isFalse();

    Task read = tasks().task(task.taskId());
    assertThat(api.last().path()).isEqualTo("/task/" + task.taskId());
    assertThat(read).isEqualTo(task);
  }

  @Test
  void dueDateAndTimeRoundTripThroughUtcAndLocalForms() {
    ZonedDateTime winter = ZonedDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneId.of("America/New_York"));
    ZonedDateTime summer = ZonedDateTime.of(2026, 7, 1, 23, 30, 0, 0, COPENHAGEN);

    Task w = tasks().create(TaskWrite.create("Winter").dueAt(winter).build());
    assertThat(body(api.last())).containsEntry("due_on", "2026-01-15 14:30:00").doesNotContainKeys("due_date",
        "due_time");
    Task s = tasks().create(TaskWrite.create("Summer").dueAt(summer.toInstant()).build());
    assertThat(body(api.last())).containsEntry("due_on", "2026-07-01 21:30:00");

    assertThat(w.dueOn()).isEqualTo("2026-01-15 14:30:00");
    assertThat(w.dueOnUtc()).contains(winter.toInstant());
    assertThat(w.dueIn(ZoneId.of("America/New_York"))).contains(winter);
    assertThat(w.localDueDate()).contains(LocalDate.of(2026, 1, 15));
    assertThat(w.localDueTime()).contains(LocalTime.of(15, 30));
    assertThat(w.isAllDay()).isFalse();
    assertThat(s.dueOnUtc()).contains(summer.toInstant());
    assertThat(s.localDueDate()).contains(LocalDate.of(2026, 7, 1));
    assertThat(s.localDueTime()).contains(LocalTime.of(23, 30));

    Task moved = tasks().update(s.taskId(), TaskWrite.changes().dueAt(summer.plusHours(1)).build());
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(body(api.last())).isEqualTo(Map.of("due_on", "2026-07-01 22:30:00"));
    assertThat(moved.localDueDate()).contains(LocalDate.of(2026, 7, 2));
    assertThat(moved.localDueTime()).contains(LocalTime.of(0, 30));
    assertThat(moved.dueIn(COPENHAGEN)).contains(summer.plusHours(1));
  }

  @Test
  void podiosLocalFormsAreReadToo() {
    Task fromPodio = CannedApi.read("{\"task_id\": 9, \"status\": \"active\", \"due_date\": \"2026-03-29\","
        + " \"due_time\": \"01:30:00\", \"due_on\": \"2026-03-29 00:30:00\"}", Task.class);

    assertThat(fromPodio.dueOnUtc()).contains(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(fromPodio.dueIn(COPENHAGEN)).contains(ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, COPENHAGEN));
    assertThat(fromPodio.localDueTime()).contains(LocalTime.of(1, 30));
  }

  @Test
  void microAndFullViewsParse() {
    tasks().create(TaskWrite.create("Micro").responsible(api.userId()).build());
    List<Task> micro = tasks().tasks(TaskQuery.builder().responsible(api.userId()).view("micro").limit(5).build());
    assertThat(api.last().queryParams()).containsEntry("view", "micro");
    assertThat(micro).isNotEmpty().allSatisfy(t -> {
      assertThat(t.text()).isNotNull();
      assertThat(t.labels()).isEmpty();
      assertThat(t.createdBy()).isNull();
    });
    Task bare = CannedApi.read("{\"task_id\": 1}", Task.class);
    assertThat(bare.files()).isEmpty();
    assertThat(bare.dueOnUtc()).isEmpty();
  }

  @Test
  void listFiltersPagesAndStreams() {
    Task a = tasks().create("item", ITEM, TaskWrite.create("List A").responsible(api.userId()).build());
    Task b = tasks().create("item", ITEM, TaskWrite.create("List B").responsible(api.userId()).build());
    Task c = tasks().create("item", ITEM, TaskWrite.create("List C").responsible(api.userId()).build());

    List<Task> page = tasks().tasks(TaskQuery.builder().reference("item", ITEM).completed(false)
        .sort("created_on", false).offset(1).limit(2).build());

    RecordedRequest sent = api.last();
    assertThat(sent.path()).isEqualTo("/task/");
    assertThat(sent.queryParams()).containsEntry("reference", "item:" + ITEM).containsEntry("completed", "0")
        .containsEntry("sort_by", "created_on").containsEntry("offset", "1").containsEntry("limit", "2");
    assertThat(page).hasSize(2);
    assertThat(tasks().allTasks(TaskQuery.builder().reference("item", ITEM).build()).map(Task::taskId))
        .contains(a.taskId(), b.taskId(), c.taskId());
    assertThat(tasks().tasks(TaskQuery.builder().app(1001).createdBy(api.userId()).limit(100).build()))
        .extracting(Task::taskId).contains(a.taskId());
    assertThat(api.last().queryParams()).containsEntry("app", "1001").containsEntry("created_by",
        "user:" + api.userId());
    assertThat(tasks().tasks(TaskQuery.builder().space(1).org(1).externalId("none").build())).isEmpty();
  }

  @Test
  void assignCompleteIncompleteAndPrivate() {
    Task t = tasks().create(TaskWrite.create("Steps").build());

    tasks().assign(t.taskId(), api.userId());
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/assign");
    assertThat(body(api.last())).isEqualTo(Map.of("responsible", api.userId()));
    assertThat(tasks().task(t.taskId()).responsible().userId()).isEqualTo(api.userId());

    tasks().complete(t.taskId());
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/complete");
    assertThat(api.last().status()).isEqualTo(204);
    Task done = tasks().task(t.taskId());
    assertThat(done.isCompleted()).isTrue();
    assertThat(done.completedOnUtc()).isPresent();
    assertThat(done.completedBy().userId()).isEqualTo(api.userId());

    tasks().incomplete(t.taskId());
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/incomplete");
    assertThat(tasks().task(t.taskId()).isCompleted()).isFalse();

    tasks().updatePrivate(t.taskId(), new TaskService.Private(true), WriteOptions.silent());
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/private");
    assertThat(api.last().queryParams()).containsEntry("silent", "1");
    assertThat(body(api.last())).isEqualTo(Map.of("private", true));
    assertThat(tasks().task(t.taskId()).isPrivate()).isTrue();
    assertThatThrownBy(() -> api.app().tasks().task(t.taskId()))
        .isInstanceOf(PodioApiException.NotFoundException.class);
    tasks().updatePrivate(t.taskId(), false);
    assertThat(api.app().tasks().task(t.taskId()).taskId()).isEqualTo(t.taskId());
  }

  @Test
  void rankMovesATaskInTheOrder() {
    Task first = tasks().create(TaskWrite.create("Rank 1").externalId("rank").build());
    Task second = tasks().create(TaskWrite.create("Rank 2").externalId("rank").build());

    tasks().rank(second.taskId(), new TaskService.Rank(first.taskId(), null));

    assertThat(api.last().path()).isEqualTo("/task/" + second.taskId() + "/rank");
    assertThat(body(api.last())).isEqualTo(Map.of("before", first.taskId()));
    assertThat(tasks().tasks(TaskQuery.builder().externalId("rank").sort("rank", false).build()))
        .extracting(Task::taskId).containsExactly(second.taskId(), first.taskId());
  }

  @Test
  void referenceUpdateAndRemoval() {
    Task t = tasks().create(TaskWrite.create("Moves").build());
    assertThat(t.ref()).isNull();

    tasks().updateReference(t.taskId(), new TaskService.Reference("item", ITEM));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/ref");
    assertThat(body(api.last())).isEqualTo(Map.of("ref_type", "item", "ref_id", ITEM));
    assertThat(tasks().task(t.taskId()).ref().id()).isEqualTo(ITEM);

    tasks().removeReference(t.taskId());
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId() + "/ref");
    assertThat(tasks().task(t.taskId()).ref()).isNull();
    assertThatThrownBy(() -> tasks().updateReference(t.taskId(), new TaskService.Reference("item", 999)))
        .isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void summariesGroupByLocalDueDateAndCountsCountActiveTasks() {
    long item = 100002;
    LocalDate today = LocalDate.ofInstant(api.podio.now(), COPENHAGEN);
    tasks().create("item", item, TaskWrite.create("Overdue").dueDate(today.minusDays(2)).responsible(api.userId())
        .build());
    tasks().create("item", item, TaskWrite.create("Today").dueAt(api.podio.now().plus(Duration.ofMinutes(1))
        .atZone(COPENHAGEN).withHour(12)).responsible(api.userId()).build());
    Task later = tasks().create("item", item, TaskWrite.create("Later").dueDate(today.plusDays(9))
        .responsible(api.userId()).build());
    tasks().complete(later.taskId());

    TaskSummary onItem = tasks().referenceSummary("item", item, 10);
    assertThat(api.last().path()).isEqualTo("/task/item/" + item + "/summary");
    assertThat(api.last().queryParams()).containsEntry("limit", "10");
    assertThat(onItem.overdue().total()).isEqualTo(1);
    assertThat(onItem.overdue().tasks()).extracting(Task::text).containsExactly("Overdue");
    assertThat(onItem.today().tasks()).extracting(Task::text).containsExactly("Today");
    assertThat(onItem.other().total()).isZero();

    assertThat(tasks().summary(null).overdue().total()).isGreaterThanOrEqualTo(1);
    assertThat(api.last().path()).isEqualTo("/task/summary");
    assertThat(api.last().query()).isEmpty();
    assertThat(tasks().personalSummary(5)).isNotNull();
    assertThat(api.last().path()).isEqualTo("/task/personal/summary");
    assertThat(tasks().orgSummary(1, null).today().total()).isGreaterThanOrEqualTo(1);
    assertThat(api.last().path()).isEqualTo("/task/org/1/summary");
    assertThat(tasks().spaceSummary(1, null).overdue().total()).isGreaterThanOrEqualTo(1);
    assertThat(api.last().path()).isEqualTo("/task/space/1/summary");

    assertThat(tasks().count("item", item).count()).isEqualTo(2);
    assertThat(api.last().path()).isEqualTo("/task/item/" + item + "/count");
  }

  @Test
  void icalOfATask() {
    Task t = tasks().create(TaskWrite.create("Meet, then write").dueAt(Instant.parse("2026-05-04T07:00:00Z")).build());

    String ical = new String(tasks().ical(t.taskId()), StandardCharsets.UTF_8);

    assertThat(api.last().path()).isEqualTo("/calendar/task/" + t.taskId() + "/ics/");
    assertThat(ical).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Meet\\, then write", "DUE:20260504T070000Z");
  }

  @Test
  void deleteRemovesTheTask() {
    Task t = tasks().create(TaskWrite.create("Gone").build());

    tasks().delete(t.taskId());

    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(api.last().path()).isEqualTo("/task/" + t.taskId());
    assertThat(api.last().status()).isEqualTo(204);
    assertThatThrownBy(() -> tasks().task(t.taskId())).isInstanceOf(PodioApiException.NotFoundException.class);
  }

  @Test
  void labelsAreCreatedListedChangedAndDeleted() {
    long id = tasks().createLabel(new TaskLabelWrite("Urgent", "FF0000")).labelId();
    assertThat(api.last().path()).isEqualTo("/task/label/");
    assertThat(body(api.last())).isEqualTo(Map.of("text", "Urgent", "color", "FF0000"));

    assertThat(tasks().labels()).contains(new TaskLabel(id, "Urgent", "FF0000"));
    assertThat(api.last().path()).isEqualTo("/task/label");

    tasks().updateLabel(id, new TaskLabelWrite("Very urgent", "00FF00"));
    assertThat(api.last().method()).isEqualTo("PUT");
    assertThat(api.last().path()).isEqualTo("/task/label/" + id);
    assertThat(tasks().labels()).contains(new TaskLabel(id, "Very urgent", "00FF00"));

    tasks().deleteLabel(id);
    assertThat(api.last().method()).isEqualTo("DELETE");
    assertThat(tasks().labels()).extracting(TaskLabel::labelId).doesNotContain(id);
    assertThatThrownBy(() -> api.app().tasks().labels()).isInstanceOf(PodioApiException.ForbiddenException.class);
    assertThatThrownBy(() -> new TaskLabelWrite("x", "red")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("six hex digits");
  }
}
