package io.podiokit.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podiokit.PodioException;
import io.podiokit.TestClock;
import io.podiokit.api.hook.Hook;
import io.podiokit.api.hook.HookCreate;
import io.podiokit.api.hook.HookCreated;
import io.podiokit.api.hook.HookService;
import io.podiokit.api.hook.HookValidation;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The receiver on its own: parsing, the secret and hook checks, the redelivery window and verification. The hook
 * service here only records what it was asked; webhooks over HTTP against the emulator are in podio-api-tests.
 */
class WebhookReceiverTest {

  static final String SECRET = "0123456789abcdef-secret";
  static final long HOOK = 42;

  /** Records the validations it is asked for; a code of "refused" fails as Podio would. */
  static class RecordingHooks implements HookService {
    final List<String> validated = new CopyOnWriteArrayList<>();

    @Override
    public List<Hook> hooks(String refType, long refId) {
      return List.of();
    }

    @Override
    public HookCreated create(String refType, long refId, HookCreate hook) {
      return new HookCreated(HOOK);
    }

    @Override
    public Void requestVerification(long hookId) {
      return null;
    }

    @Override
    public Void validate(long hookId, HookValidation validation) {
      if (validation.code().equals("refused")) {
        throw new PodioException("Podio said: invalid code");
      }
      validated.add(hookId + ":" + validation.code());
      return null;
    }

    @Override
    public Void delete(long hookId) {
      return null;
    }
  }

  final List<WebhookEvent> handled = new ArrayList<>();
  final RecordingHooks hooks = new RecordingHooks();
  final TestClock clock = TestClock.at(Instant.parse("2026-11-30T12:00:00Z"));

  WebhookReceiver receiver(int capacity, Duration maxAge) {
    WebhookReceiver r = WebhookReceiver.builder().secret(SECRET).handler(handled::add).clock(clock)
        .redeliveryWindow(capacity, maxAge).build();
    r.trust(HOOK, hooks);
    return r;
  }

  WebhookReceiver receiver() {
    return receiver(10_000, Duration.ofMinutes(10));
  }

  static String post(String fields) {
    return fields + "&secret=" + SECRET;
  }

  static Stream<Arguments> typedEvents() {
    return Stream.of(
        Arguments.of("type=item.create&hook_id=42&item_id=7&item_revision_id=0&external_id=ext",
            new WebhookEvent.ItemCreated(HOOK, 7, 0L, "ext", Map.of())),
        Arguments.of("type=item.update&hook_id=42&item_id=7&item_revision_id=3",
            new WebhookEvent.ItemUpdated(HOOK, 7, 3L, null, Map.of())),
        Arguments.of("type=item.delete&hook_id=42&item_id=7", new WebhookEvent.ItemDeleted(HOOK, 7, null, null,
            Map.of())),
        Arguments.of("type=comment.create&hook_id=42&item_id=7&comment_id=9",
            new WebhookEvent.CommentCreated(HOOK, 9, 7L, Map.of())),
        Arguments.of("type=comment.delete&hook_id=42&comment_id=9", new WebhookEvent.CommentDeleted(HOOK, 9, null,
            Map.of())),
        Arguments.of("type=file.change&hook_id=42&item_id=7&file_ids=1%2C2&action_type=file_created",
            new WebhookEvent.FileChanged(HOOK, List.of(1L, 2L), 7L, "file_created", Map.of())),
        Arguments.of("type=app.create&hook_id=42&app_id=5", new WebhookEvent.AppCreated(HOOK, 5, Map.of())),
        Arguments.of("type=app.update&hook_id=42&app_id=5", new WebhookEvent.AppUpdated(HOOK, 5, Map.of())),
        Arguments.of("type=app.delete&hook_id=42&app_id=5", new WebhookEvent.AppDeleted(HOOK, 5, Map.of())),
        Arguments.of("type=task.create&hook_id=42&task_id=3", new WebhookEvent.TaskCreated(HOOK, 3, Map.of())),
        Arguments.of("type=task.update&hook_id=42&task_id=3", new WebhookEvent.TaskUpdated(HOOK, 3, Map.of())),
        Arguments.of("type=task.delete&hook_id=42&task_id=3", new WebhookEvent.TaskDeleted(HOOK, 3, Map.of())),
        Arguments.of("type=form.create&hook_id=42&form_id=8&app_id=5",
            new WebhookEvent.FormCreated(HOOK, 8, 5L, Map.of())),
        Arguments.of("type=form.update&hook_id=42&form_id=8", new WebhookEvent.FormUpdated(HOOK, 8, null, Map.of())),
        Arguments.of("type=form.delete&hook_id=42&form_id=8", new WebhookEvent.FormDeleted(HOOK, 8, null, Map.of())),
        Arguments.of("type=tag.add&hook_id=42&ref_type=item&ref_id=7&tag=urgent",
            new WebhookEvent.TagAdded(HOOK, "item", 7L, "urgent", Map.of())),
        Arguments.of("type=tag.delete&hook_id=42&tag=urgent", new WebhookEvent.TagDeleted(HOOK, null, null, "urgent",
            Map.of())),
        Arguments.of("type=member.add&hook_id=42&user_id=11", new WebhookEvent.MemberAdded(HOOK, 11, Map.of())),
        Arguments.of("type=member.remove&hook_id=42&user_id=11", new WebhookEvent.MemberRemoved(HOOK, 11, Map.of())),
        Arguments.of("type=status.create&hook_id=42&status_id=4", new WebhookEvent.StatusCreated(HOOK, 4, Map.of())),
        Arguments.of("type=status.update&hook_id=42&status_id=4", new WebhookEvent.StatusUpdated(HOOK, 4, Map.of())),
        Arguments.of("type=status.delete&hook_id=42&status_id=4", new WebhookEvent.StatusDeleted(HOOK, 4, Map.of())));
  }

  @ParameterizedTest
  @MethodSource("typedEvents")
  void eachTypePodioDocumentsBecomesItsRecordWithTheFieldsPostedButTheSecret(String form, WebhookEvent expected) {
    WebhookResult result = receiver().handle(post(form));

    assertThat(result).isInstanceOfSatisfying(WebhookResult.Received.class, r -> {
      assertThat(r.isNew()).isTrue();
      assertThat(r.httpStatus()).isEqualTo(200);
    });
    assertThat(handled).singleElement().usingRecursiveComparison().ignoringFields("fields").isEqualTo(expected);
    assertThat(handled.get(0).fields()).isEqualTo(WebhookReceiver.parse(form));
    assertThat(handled.get(0).type()).isEqualTo(WebhookReceiver.parse(form).get("type"));
  }

  @Test
  void anUnknownTypeOrAKnownOneWithoutItsIdReachesTheHandlerAsUnknownWithItsFields() {
    WebhookReceiver r = receiver();
    r.handle(post("type=item.teleport&hook_id=42&item_id=7&to=mars"));
    r.handle(post("type=item.create&hook_id=42&item_id=not-a-number"));

    assertThat(handled).containsExactly(
        new WebhookEvent.Unknown(HOOK, "item.teleport", Map.of("type", "item.teleport", "hook_id", "42",
            "item_id", "7", "to", "mars")),
        new WebhookEvent.Unknown(HOOK, "item.create", Map.of("type", "item.create", "hook_id", "42",
            "item_id", "not-a-number")));
  }

  @Test
  void aRedeliveryIsReceivedButNotHandedToTheHandlerAgainWhileAnotherRevisionIs() {
    WebhookReceiver r = receiver();
    String update = "type=item.update&hook_id=42&item_id=7&item_revision_id=3";

    assertThat(r.handle(post(update))).isEqualTo(new WebhookResult.Received(handled.get(0), true));
    WebhookResult again = r.handle(post(update));
    WebhookResult next = r.handle(post("type=item.update&hook_id=42&item_id=7&item_revision_id=4"));

    assertThat(again).isInstanceOfSatisfying(WebhookResult.Received.class, x -> {
      assertThat(x.isNew()).isFalse();
      assertThat(x.httpStatus()).isEqualTo(200);
    });
    assertThat(next).isInstanceOfSatisfying(WebhookResult.Received.class, x -> assertThat(x.isNew()).isTrue());
    assertThat(handled).hasSize(2);
  }

  @Test
  void theSameEventOnAnotherHookIsAnotherEvent() {
    WebhookReceiver r = receiver();
    r.trust(43, hooks);
    r.handle(post("type=item.create&hook_id=42&item_id=7"));
    r.handle(post("type=item.create&hook_id=43&item_id=7"));
    assertThat(handled).extracting(WebhookEvent::hookId).containsExactly(42L, 43L);
  }

  @Test
  void theWindowForgetsEventsOlderThanItsAgeOnTheClockAndBeyondItsCapacity() {
    WebhookReceiver byAge = receiver(100, Duration.ofMinutes(5));
    byAge.handle(post("type=task.update&hook_id=42&task_id=1"));
    clock.advance(Duration.ofMinutes(4));
    byAge.handle(post("type=task.update&hook_id=42&task_id=1"));
    clock.advance(Duration.ofMinutes(2));
    byAge.handle(post("type=task.update&hook_id=42&task_id=1"));
    assertThat(handled).hasSize(2);

    handled.clear();
    WebhookReceiver bySize = receiver(2, Duration.ofHours(1));
    for (String id : List.of("1", "2", "3", "1", "3")) {
      bySize.handle(post("type=task.create&hook_id=42&task_id=" + id));
    }
    assertThat(handled).extracting(e -> ((WebhookEvent.TaskCreated) e).taskId()).containsExactly(1L, 2L, 3L, 1L);
  }

  @Test
  void postsWithoutTheSecretWithAnotherOrForAnUnknownHookAreRefusedWithoutShowingTheSecret() {
    WebhookReceiver r = receiver();
    WebhookResult missing = r.handle("type=item.create&hook_id=42&item_id=7");
    WebhookResult wrong = r.handle("type=item.create&hook_id=42&item_id=7&secret=" + SECRET + "x");
    WebhookResult unknown = r.handle(post("type=item.create&hook_id=99&item_id=7"));
    WebhookResult malformed = r.handle(post("hook_id=42&item_id=7"));

    assertThat(List.of(missing, wrong, unknown, malformed)).extracting(x -> ((WebhookResult.Refused) x).reason())
        .containsExactly(WebhookResult.Reason.MISSING_SECRET, WebhookResult.Reason.WRONG_SECRET,
            WebhookResult.Reason.UNKNOWN_HOOK, WebhookResult.Reason.MALFORMED);
    assertThat(List.of(missing, wrong, unknown, malformed)).extracting(WebhookResult::httpStatus)
        .containsExactly(403, 403, 404, 400);
    assertThat(List.of(missing, wrong, unknown, malformed)).allSatisfy(x ->
        assertThat(x.toString()).doesNotContain(SECRET));
    assertThat(handled).isEmpty();
  }

  @Test
  void hookVerifySendsTheCodeBackThroughTheOwnersHookService() {
    WebhookReceiver r = receiver();
    assertThat(r.handle(post("type=hook.verify&hook_id=42&code=c0de"))).isEqualTo(new WebhookResult.Verified(HOOK));
    assertThat(hooks.validated).containsExactly("42:c0de");
    assertThat(r.isVerified(HOOK)).isTrue();
    assertThat(handled).isEmpty();
    assertThat(r.handle(post("type=hook.verify&hook_id=42"))).isInstanceOfSatisfying(WebhookResult.Refused.class,
        x -> assertThat(x.reason()).isEqualTo(WebhookResult.Reason.MALFORMED));
  }

  @Test
  void aVerificationPodioRefusesIsAWebhookExceptionNamingTheHookNotTheCode() {
    WebhookReceiver r = receiver();
    assertThatThrownBy(() -> r.handle(post("type=hook.verify&hook_id=42&code=refused")))
        .isInstanceOf(WebhookException.class).hasMessageContaining("hook 42")
        .hasMessageContaining("requestVerification(42)").hasMessageNotContaining(SECRET);
    assertThat(r.isVerified(HOOK)).isFalse();
  }

  @Test
  void aFailingHandlerIsAWebhookExceptionAndTheRetryReachesTheHandlerAgain() {
    List<WebhookEvent> seen = new ArrayList<>();
    WebhookReceiver r = WebhookReceiver.builder().secret(SECRET).handler(e -> {
      seen.add(e);
      if (seen.size() == 1) {
        throw new IllegalStateException("database down");
      }
    }).build();
    r.trust(HOOK, hooks);
    String form = post("type=item.create&hook_id=42&item_id=7");

    assertThatThrownBy(() -> r.handle(form)).isInstanceOf(WebhookException.class)
        .hasMessageContaining("item.create of hook 42").hasCauseInstanceOf(IllegalStateException.class);
    assertThat(r.handle(form)).isInstanceOfSatisfying(WebhookResult.Received.class,
        x -> assertThat(x.isNew()).isTrue());
    assertThat(seen).hasSize(2);
  }

  @Test
  void registerCreatesTheHookWithTheSecretInItsUrlAndTrustsIt() {
    List<HookCreate> created = new ArrayList<>();
    RecordingHooks recording = new RecordingHooks() {
      @Override
      public HookCreated create(String refType, long refId, HookCreate hook) {
        created.add(hook);
        return new HookCreated(77);
      }
    };
    WebhookReceiver r = receiver();
    long id = r.register(recording, "app", 1001, URI.create("https://example.com/podio/hook?tenant=a"),
        "item.create");

    assertThat(id).isEqualTo(77);
    assertThat(created).singleElement().satisfies(h -> {
      assertThat(h.type()).isEqualTo("item.create");
      assertThat(WebhookReceiver.parse(URI.create(h.url()).getRawQuery())).containsEntry("tenant", "a")
          .containsEntry("secret", SECRET);
    });
    assertThat(r.handle(post("type=item.create&hook_id=77&item_id=1"))).isInstanceOf(WebhookResult.Received.class);
    r.forget(77);
    assertThat(r.handle(post("type=item.create&hook_id=77&item_id=2")).httpStatus()).isEqualTo(404);
  }

  @Test
  void theBuilderRefusesAShortSecretAPodioNameAndMissingPartsAndNothingShowsTheSecret() {
    assertThatThrownBy(() -> WebhookReceiver.builder().secret("short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16").hasMessageNotContaining("short");
    assertThatThrownBy(() -> WebhookReceiver.builder().secretParameter("item_id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WebhookReceiver.builder().handler(e -> { }).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("secret");
    assertThatThrownBy(() -> WebhookReceiver.builder().secret(SECRET).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("handler");
    assertThat(receiver().toString()).doesNotContain(SECRET).contains("******");
    assertThat(WebhookReceiver.newSecret()).hasSizeGreaterThanOrEqualTo(WebhookReceiver.MIN_SECRET_LENGTH)
        .isNotEqualTo(WebhookReceiver.newSecret());
  }

  @Test
  void aCustomSecretParameterIsTheOneChecked() {
    WebhookReceiver r = WebhookReceiver.builder().secret(SECRET).secretParameter("token").handler(handled::add)
        .build();
    r.trust(HOOK, hooks);
    assertThat(r.hookUrl(URI.create("http://127.0.0.1/h")).getRawQuery()).startsWith("token=");
    assertThat(r.handle(post("type=app.update&hook_id=42&app_id=1")).httpStatus()).isEqualTo(403);
    assertThat(r.handle("type=app.update&hook_id=42&app_id=1&token=" + SECRET).httpStatus()).isEqualTo(200);
  }
}
