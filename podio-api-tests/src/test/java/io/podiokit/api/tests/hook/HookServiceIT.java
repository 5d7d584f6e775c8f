package io.podiokit.api.tests.hook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.podiokit.PodioApiException;
import io.podiokit.api.hook.Hook;
import io.podiokit.api.hook.HookCreate;
import io.podiokit.api.hook.HookCreated;
import io.podiokit.api.hook.HookValidation;
import io.podiokit.api.tests.ApiFixture;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five Hook operations over real HTTP against the emulator: what it received, what the client parsed, and the
 * {@code hook.verify} posts the emulator makes to a hook's URL (caught by a plain JDK HTTP server).
 */
class HookServiceIT {

  static final ApiFixture api = ApiFixture.start();
  static final long APP = PodioEmulator.DEMO_APP_ID;
  static final BlockingQueue<Map<String, String>> posts = new LinkedBlockingQueue<>();
  static HttpServer server;
  static URI url;

  @BeforeAll
  static void listen() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      try (exchange; InputStream in = exchange.getRequestBody()) {
        posts.add(form(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(200, -1);
      }
    });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    api.close();
  }

  static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }

  /** The next post for {@code hookId} to the URL (posts for other hooks are skipped), waiting up to 10 s. */
  static Map<String, String> nextPost(long hookId) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      Map<String, String> post = posts.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      assertThat(post).as("a post for hook %s to the hook's URL within 10 s", hookId).isNotNull();
      if (post.get("hook_id").equals(Long.toString(hookId))) {
        return post;
      }
    }
  }

  @Test
  void createPostsTheHookAndTheEmulatorSendsHookVerifyWithACodeAndTheUrlsQueryParameters() throws Exception {
    HookCreated created = api.user().hooks().create("app", APP, new HookCreate(url + "?tenant=acme", "item.create"));

    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/hook/app/" + APP + "/");
    assertThat(sent.json()).isEqualTo(Map.of("url", url + "?tenant=acme", "type", "item.create"));
    assertThat(created.hookId()).isPositive();

    Map<String, String> verify = nextPost(created.hookId());
    assertThat(verify).containsEntry("type", "hook.verify").containsEntry("hook_id", Long.toString(created.hookId()))
        .containsEntry("tenant", "acme").containsKey("code");
    assertThat(verify.get("code")).isNotBlank();
  }

  @Test
  void hooksListsTheHooksOfAnObjectInactiveUntilValidatedWithTheCode() throws Exception {
    Instant createdAfter = api.podio.now().truncatedTo(ChronoUnit.SECONDS);
    long hookId = api.user().hooks().create("app", APP, url, "item.update");
    String code = nextPost(hookId).get("code");

    List<Hook> listed = api.user().hooks().hooks("app", APP);
    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("GET");
    assertThat(sent.path()).isEqualTo("/hook/app/" + APP + "/");
    Hook hook = listed.stream().filter(h -> h.hookId() == hookId).findFirst().orElseThrow();
    assertThat(hook.status()).isEqualTo("inactive");
    assertThat(hook.isActive()).isFalse();
    assertThat(hook.type()).isEqualTo("item.update");
    assertThat(hook.url()).isEqualTo(url.toString());
    assertThat(hook.createdBy()).containsEntry("type", "user");
    assertThat(hook.createdOnUtc()).hasValueSatisfying(t -> assertThat(t).isBetween(createdAfter, api.podio.now()));

    api.user().hooks().validate(hookId, new HookValidation(code));
    sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/hook/" + hookId + "/verify/validate");
    assertThat(sent.json()).isEqualTo(Map.of("code", code));
    assertThat(sent.status()).isEqualTo(204);

    assertThat(api.user().hooks().hooks("app", APP)).filteredOn(h -> h.hookId() == hookId)
        .singleElement().satisfies(h -> assertThat(h.isActive()).isTrue());
  }

  @Test
  void aWrongCodeIsRefusedWithPodios400AndTheHookStaysInactive() throws Exception {
    long hookId = api.user().hooks().create("app", APP, url, "item.delete");
    nextPost(hookId);

    assertThatThrownBy(() -> api.user().hooks().validate(hookId, "not-the-code"))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("code");
    assertThat(api.user().hooks().hooks("app", APP)).filteredOn(h -> h.hookId() == hookId)
        .singleElement().satisfies(h -> assertThat(h.isActive()).isFalse());
  }

  @Test
  void requestVerificationSendsANewCodeAndOnlyTheNewCodeValidates() throws Exception {
    long hookId = api.user().hooks().create("app", APP, url, "comment.create");
    String first = nextPost(hookId).get("code");

    assertThat(api.user().hooks().requestVerification(hookId)).isNull();
    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/hook/" + hookId + "/verify/request");
    assertThat(sent.status()).isEqualTo(204);
    Map<String, String> again = nextPost(hookId);
    assertThat(again).containsEntry("type", "hook.verify").containsEntry("hook_id", Long.toString(hookId));
    assertThat(again.get("code")).isNotEqualTo(first);

    assertThatThrownBy(() -> api.user().hooks().validate(hookId, first)).isInstanceOf(PodioApiException.class);
    api.user().hooks().validate(hookId, again.get("code"));
    assertThat(api.user().hooks().hooks("app", APP)).filteredOn(h -> h.hookId() == hookId)
        .singleElement().satisfies(h -> assertThat(h.isActive()).isTrue());
  }

  @Test
  void deleteRemovesTheHook() throws Exception {
    long hookId = api.user().hooks().create("app", APP, url, "file.change");
    nextPost(hookId);

    assertThat(api.user().hooks().delete(hookId)).isNull();
    RecordedRequest sent = api.last();
    assertThat(sent.method()).isEqualTo("DELETE");
    assertThat(sent.path()).isEqualTo("/hook/" + hookId);
    assertThat(sent.status()).isEqualTo(204);
    assertThat(api.user().hooks().hooks("app", APP)).noneMatch(h -> h.hookId() == hookId);
    assertThatThrownBy(() -> api.user().hooks().delete(hookId))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void anAppCanRegisterHooksOnItsOwnAppOnly() {
    long hookId = api.app().hooks().create("app", APP, url, "item.create");
    assertThat(api.app().hooks().hooks("app", APP)).anyMatch(h -> h.hookId() == hookId);
    assertThatThrownBy(() -> api.app().hooks().create("space", 1, url, "task.create"))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aUrlOffThisMachineIsRefusedWithPodios400AndNothingIsPosted() {
    assertThatThrownBy(() -> api.user().hooks().create("app", APP, URI.create("https://example.com/hook"),
        "item.create"))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("loopback");
    assertThat(api.last().status()).isEqualTo(400);
  }

  @Test
  void anEventTypeTheObjectDoesNotHaveIsRefusedWithPodios400() {
    assertThatThrownBy(() -> api.user().hooks().create("app", APP, url, "member.add"))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("member.add");
    assertThatThrownBy(() -> api.user().hooks().create("widget", 1, url, "item.create"))
        .isInstanceOfSatisfying(PodioApiException.class, e -> assertThat(e.status()).isEqualTo(400))
        .hasMessageContaining("ref_type");
  }

  @Test
  void aHookOfAMicroViewParses() {
    Hook micro = api.user().post("/hook/app/" + APP + "/", Map.of("url", url.toString(), "type", "app.update"),
        Hook.class);
    assertThat(micro.hookId()).isPositive();
    assertThat(micro.status()).isNull();
    assertThat(micro.createdBy()).isEmpty();
    assertThat(micro.createdOnUtc()).isEmpty();
    assertThat(micro.isActive()).isFalse();
  }

  @Test
  void theValidationBodyDoesNotShowItsCode() {
    assertThat(new HookValidation("secret-code-123")).hasToString("HookValidation[code=******]");
    assertThatThrownBy(() -> new HookValidation(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HookCreate("", "item.create")).isInstanceOf(IllegalArgumentException.class);
  }
}
