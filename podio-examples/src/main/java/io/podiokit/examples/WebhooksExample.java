package io.podiokit.examples;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.podiokit.Authentication;
import io.podiokit.Clock;
import io.podiokit.SessionStore;
import io.podiokit.SessionStores;
import io.podiokit.api.hook.HookService;
import io.podiokit.api.item.ItemCreated;
import io.podiokit.api.item.ItemValues;
import io.podiokit.emulator.PodioEmulator;
import io.podiokit.emulator.WebhookDeliveries;
import io.podiokit.examples.Settings.AppCredentials;
import io.podiokit.http.retrofit.PodioApi;
import io.podiokit.http.retrofit.PodioClient;
import io.podiokit.webhooks.WebhookEvent;
import io.podiokit.webhooks.WebhookHttpHandler;
import io.podiokit.webhooks.WebhookReceiver;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Webhooks, the way Podio recommends integrating: a receiver on a loopback HTTP server, hooks registered on the app
 * through the API and verified by the receiver, then items created and updated through the API arriving as typed
 * events; one event delivered twice reaches the handler once. Runs on the embedded emulator only: Podio itself
 * posts to public URLs.
 */
final class WebhooksExample {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private WebhooksExample() {}

  static void run(Settings settings, PrintStream out) throws IOException, InterruptedException {
    try (Backend podio = Backend.open(settings, Clock.system());
         SessionStore store = SessionStores.open(settings.sessionStore());
         PodioClient client = podio.clientBuilder().sessionStore(store).build()) {
      PodioEmulator emulator = podio.emulator().orElseThrow(() -> new UsageException("The webhooks example"
          + " receives on a loopback HTTP server, which Podio cannot reach: run it on the embedded emulator (unset"
          + " PODIO_API_URL). In production, serve WebhookHttpHandler or WebhookServlet at a public HTTPS URL."));
      AppCredentials app = podio.app(0);
      out.println("Webhooks against " + podio.description() + ".");
      podio.forgetEarlierRuns(client.forApp(app.appId()));
      Authentication auth = client.authenticateWithApp(app.appId(), app.appToken());
      PodioApi api = client.api(auth);

      BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
      WebhookReceiver receiver = WebhookReceiver.builder().secret(WebhookReceiver.newSecret()).handler(event -> {
        out.println("  handler: " + describe(event));
        events.add(event);
      }).build();
      Semaphore answered = new Semaphore(0);
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      HttpHandler adapter = new WebhookHttpHandler(receiver);
      server.createContext("/podio/hook", exchange -> {
        adapter.handle(exchange);
        answered.release();
      });
      server.start();
      try {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/podio/hook");
        out.println("1. The receiver listens at " + url + " (hook URLs carry its secret as a query parameter,"
            + " which Podio moves into each post's body).");

        HookService hooks = api.hooks();
        long onCreate = receiver.register(hooks, "app", app.appId(), url, "item.create");
        long onUpdate = receiver.register(hooks, "app", app.appId(), url, "item.update");
        out.println("2. Registered hook " + onCreate + " (item.create) and hook " + onUpdate + " (item.update) on app "
            + app.appId() + ".");
        for (long hook : new long[] {onCreate, onUpdate}) {
          if (!receiver.awaitVerified(hook, WAIT)) {
            throw new IllegalStateException("hook " + hook + " was not verified within " + WAIT.toSeconds() + " s");
          }
        }
        answers(answered, 2);
        long active = hooks.hooks("app", app.appId()).stream().filter(h -> h.isActive()).count();
        out.println("3. The receiver answered both hook.verify posts with POST /hook/{id}/verify/validate; Podio"
            + " lists " + active + " active hooks on the app.");

        out.println("4. Creating an item through the API:");
        ItemCreated item = api.items().create(app.appId(), ItemValues.builder().text("title", "Order #1042").build());
        answers(answered, 1);
        next(events);
        out.println("5. Updating it:");
        api.items().update(item.itemId(), ItemValues.builder().text("title", "Order #1042, shipped").build());
        answers(answered, 1);
        next(events);

        out.println("6. The emulator now delivers each event twice, as Podio sometimes does; updating again:");
        emulator.redeliverWebhooks(true);
        api.items().update(item.itemId(), ItemValues.builder().text("title", "Order #1042, delivered").build());
        answers(answered, 2);
        next(events);
        out.println("   Two posts were answered; the handler saw the event " + (1 + events.size()) + " time(s).");

        WebhookDeliveries deliveries = emulator.webhookDeliveries();
        out.println("7. The emulator posted " + deliveries.attempts() + " times (2 verifications, 4 events), with "
            + deliveries.retries() + " retries.");
        hooks.delete(onCreate);
        hooks.delete(onUpdate);
        out.println("Deleted both hooks. Done.");
      } finally {
        server.stop(0);
      }
    }
  }

  /** Waits until the receiver has answered {@code n} more posts. */
  private static void answers(Semaphore answered, int n) throws InterruptedException {
    if (!answered.tryAcquire(n, WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(n + " post(s) were not answered within " + WAIT.toSeconds() + " s");
    }
  }

  private static void next(BlockingQueue<WebhookEvent> events) throws InterruptedException {
    if (events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS) == null) {
      throw new IllegalStateException("no event arrived within " + WAIT.toSeconds() + " s");
    }
  }

  private static String describe(WebhookEvent event) {
    if (event instanceof WebhookEvent.ItemCreated e) {
      return "item.create: item " + e.itemId() + " (hook " + e.hookId() + ")";
    }
    if (event instanceof WebhookEvent.ItemUpdated e) {
      return "item.update: item " + e.itemId() + ", item_revision_id " + e.itemRevisionId() + " (hook " + e.hookId() + ")";
    }
    return event.type() + " " + event.fields() + " (hook " + event.hookId() + ")";
  }
}
