package io.podiokit.api.tests.hook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.podiokit.api.item.ItemCreated;
import io.podiokit.api.item.ItemUpdated;
import io.podiokit.api.item.ItemValues;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.WebhookDeliveries;
import io.podiokit.webhooks.WebhookEvent;
import io.podiokit.webhooks.WebhookHttpHandler;
import io.podiokit.webhooks.WebhookReceiver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end over real HTTP: the emulator registers hooks, posts {@code hook.verify} to a
 * {@link WebhookReceiver} on a JDK HTTP server, which validates the code through the API; then items created,
 * updated and deleted through the API arrive as typed events; redeliveries reach the handler once; forgeries are
 * refused; a failing handler gets the event again on the emulator's retry.
 */
class WebhooksIT {

  static final long APP = PodioEmulator.DEMO_APP_ID;
  static final long OTHER_APP = 1002;
  static final String SECRET = WebhookReceiver.newSecret();
  static final ApiFixture api = ApiFixture.start(PodioEmulator.builder().demoData().app(OTHER_APP, "other-token"));
  static final BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
  /** Each post the receiver's HTTP handler answered: its form and the status, in order. */
  static final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
  static final AtomicInteger failNext = new AtomicInteger();
  static final HttpClient http = HttpClient.newHttpClient();
  static WebhookReceiver receiver;
  static HttpServer server;
  static URI url;
  static long createHook;
  static long updateHook;
  static long deleteHook;

  @BeforeAll
  static void registerAndVerify() throws Exception {
    receiver = WebhookReceiver.builder().secret(SECRET).handler(event -> {
      if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IOException("the handler's database is down");
      }
      events.add(event);
    }).build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    HttpHandler adapter = new WebhookHttpHandler(receiver);
    server.createContext("/podio/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      exchange.setStreams(new ByteArrayInputStream(body), exchange.getResponseBody());
      adapter.handle(exchange);
      answers.add(new Answer(HookServiceIT.form(new String(body, StandardCharsets.UTF_8)),
          exchange.getResponseCode()));
    });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/podio/hook");

    createHook = receiver.register(api.user().hooks(), "app", APP, url, "item.create");
    updateHook = receiver.register(api.user().hooks(), "app", APP, url, "item.update");
    deleteHook = receiver.register(api.app().hooks(), "app", APP, url, "item.delete");
    for (long hook : List.of(createHook, updateHook, deleteHook)) {
      assertThat(receiver.awaitVerified(hook, Duration.ofSeconds(10))).as("hook %s verified", hook).isTrue();
    }
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    api.close();
  }

  @BeforeEach
  void quiet() {
    api.podio.redeliverWebhooks(false);
    failNext.set(0);
  }

  /** The next event the handler got, waiting up to 10 s. */
  static WebhookEvent nextEvent() throws InterruptedException {
    WebhookEvent event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within 10 s").isNotNull();
    return event;
  }

  /**
   * A post the receiver's HTTP handler answered.
   *
   * @param form what was posted
   * @param status the status answered
   */
  record Answer(Map<String, String> form, int status) {}

  /** The statuses of the next {@code n} posts about {@code itemId}, waiting up to 10 s for each. */
  static List<Integer> nextAnswers(long itemId, int n) throws InterruptedException {
    List<Integer> out = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (out.size() < n) {
      Answer answer = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertThat(answer).as("answer %s of %s about item %s within 10 s", out.size() + 1, n, itemId).isNotNull();
      if (Long.toString(itemId).equals(answer.form().get("item_id"))) {
        out.add(answer.status());
      }
    }
    return out;
  }

  static ItemCreated createItem(long appId, String title) {
    return api.user().items().create(appId, ItemValues.builder().text("title", title).build());
  }

  /** Posts a form to the receiver's URL as anyone could; returns the status. */
  static int post(Map<String, String> form) throws Exception {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }

  @Test
  void theHooksAreActiveInPodioAfterTheReceiverVerifiedThem() {
    assertThat(api.user().hooks().hooks("app", APP)).filteredOn(h -> List.of(createHook, updateHook, deleteHook)
        .contains(h.hookId())).hasSize(3).allSatisfy(h -> {
          assertThat(h.isActive()).isTrue();
          assertThat(h.url()).startsWith(url + "?secret=");
        });
    assertThat(receiver.toString()).doesNotContain(SECRET);
  }

  @Test
  void anItemCreatedUpdatedAndDeletedThroughTheApiArrivesAsTypedEvents() throws Exception {
    events.clear();
    ItemCreated item = createItem(APP, "Ship the order");
    WebhookEvent created = nextEvent();
    assertThat(created).isInstanceOfSatisfying(WebhookEvent.ItemCreated.class, e -> {
      assertThat(e.itemId()).isEqualTo(item.itemId());
      assertThat(e.hookId()).isEqualTo(createHook);
      assertThat(e.type()).isEqualTo("item.create");
      assertThat(e.fields()).doesNotContainKey("secret").doesNotContainValue(SECRET);
    });

    ItemUpdated updated = api.user().items().update(item.itemId(), ItemValues.builder().text("title", "Shipped").build());
    // Webhooks carry the revision's own id (item_revision_id), not its number.
    var revision = api.user().items().revisions(item.itemId()).stream()
        .filter(r -> r.revision() == updated.revision()).findFirst().orElseThrow();
    assertThat(nextEvent()).isInstanceOfSatisfying(WebhookEvent.ItemUpdated.class, e -> {
      assertThat(e.itemId()).isEqualTo(item.itemId());
      assertThat(e.itemRevisionId()).isEqualTo(revision.itemRevisionId());
      assertThat(e.hookId()).isEqualTo(updateHook);
    });

    api.user().items().delete(item.itemId());
    assertThat(nextEvent()).isInstanceOfSatisfying(WebhookEvent.ItemDeleted.class, e -> {
      assertThat(e.itemId()).isEqualTo(item.itemId());
      assertThat(e.hookId()).isEqualTo(deleteHook);
    });
  }

  @Test
  void anItemCreatedArrivesAsExactlyOneEventWhenTheEmulatorDeliversItTwice() throws Exception {
    events.clear();
    WebhookDeliveries before = api.podio.webhookDeliveries();
    api.podio.redeliverWebhooks(true);

    ItemCreated item = createItem(APP, "Delivered twice");

    assertThat(nextAnswers(item.itemId(), 2)).containsExactly(200, 200);
    assertThat(api.podio.webhookDeliveries().attempts() - before.attempts()).isEqualTo(2);
    assertThat(events).singleElement().isInstanceOfSatisfying(WebhookEvent.ItemCreated.class,
        e -> assertThat(e.itemId()).isEqualTo(item.itemId()));
  }

  @Test
  void aFailingHandlerAnswers500AndGetsTheEventAgainOnTheEmulatorsRetry() throws Exception {
    events.clear();
    WebhookDeliveries before = api.podio.webhookDeliveries();
    failNext.set(1);

    ItemCreated item = createItem(APP, "Retried");

    assertThat(nextAnswers(item.itemId(), 2)).containsExactly(500, 200);
    assertThat(nextEvent()).isInstanceOfSatisfying(WebhookEvent.ItemCreated.class,
        e -> assertThat(e.itemId()).isEqualTo(item.itemId()));
    WebhookDeliveries after = api.podio.webhookDeliveries();
    assertThat(after.retries() - before.retries()).isEqualTo(1);
    assertThat(after.attempts() - before.attempts()).isEqualTo(2);
  }

  @Test
  void onlyEventsOfTheHooksAppArriveAndAWriteWithHookFalseFiresNone() throws Exception {
    events.clear();
    createItem(OTHER_APP, "In another app");
    api.user().post("/item/app/" + APP + "/?hook=false", Map.of("fields", Map.of("title", "Quiet")));
    ItemCreated loud = createItem(APP, "Loud");

    assertThat(nextEvent()).isInstanceOfSatisfying(WebhookEvent.ItemCreated.class,
        e -> assertThat(e.itemId()).isEqualTo(loud.itemId()));
  }

  @Test
  void postsWithoutTheSecretWithAnotherSecretOrForAnUnknownHookAreRefusedAndReachNoHandler() throws Exception {
    events.clear();
    String hook = Long.toString(createHook);
    assertThat(post(form("type", "item.create", "hook_id", hook, "item_id", "1"))).isEqualTo(403);
    assertThat(post(form("type", "item.create", "hook_id", hook, "item_id", "1", "secret",
        WebhookReceiver.newSecret()))).isEqualTo(403);
    assertThat(post(form("type", "item.create", "hook_id", "999999", "item_id", "1", "secret", SECRET)))
        .isEqualTo(404);
    assertThat(post(form("type", "hook.verify", "hook_id", "999999", "code", "x", "secret", SECRET)))
        .isEqualTo(404);
    assertThat(post(form("hook_id", hook, "secret", SECRET))).isEqualTo(400);
    assertThat(events).isEmpty();
  }

  @Test
  void anEventTypeTheReceiverDoesNotKnowReachesTheHandlerAsUnknownWithItsFields() throws Exception {
    events.clear();
    assertThat(post(form("type", "item.teleport", "hook_id", Long.toString(createHook), "item_id", "7",
        "destination", "mars", "secret", SECRET))).isEqualTo(200);

    assertThat(nextEvent()).isInstanceOfSatisfying(WebhookEvent.Unknown.class, e -> {
      assertThat(e.type()).isEqualTo("item.teleport");
      assertThat(e.hookId()).isEqualTo(createHook);
      assertThat(e.fields()).containsEntry("item_id", "7").containsEntry("destination", "mars")
          .doesNotContainKey("secret");
    });
  }
}
