package io.podiokit.it;

import io.podiokit.Authentication;
import io.podiokit.ClientCredentials;
import io.podiokit.GrantKind;
import io.podiokit.PodioAuth;
import io.podiokit.Session;
import io.podiokit.SessionKey;
import io.podiokit.Token;
import io.podiokit.session.memory.CaffeineSessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.jspecify.annotations.Nullable;

/**
 * Run in a JDK 21+ child JVM by {@link VirtualThreadsIT}: 10,000 virtual threads ask for the token of one expired
 * session at once, while JFR records {@code jdk.VirtualThreadPinned} with no threshold. Prints
 * {@code exchanges=N tokens=M pinnedInPodiokit=P} and exits 0 when there was exactly one exchange, every thread got
 * the new token, and no pinning event has a podiokit frame.
 */
public final class VirtualThreadStorm {

  private VirtualThreadStorm() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    // A first storm on another key loads every class on the path: the JDK pins a virtual thread that loads a class
    // while another loads it too, which says nothing about podiokit's own code.
    storm(SessionKey.app("vt-client", 2), 100, null);
    Recording recording = new Recording();
    recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
    recording.start();
    int exchanges = storm(SessionKey.app("vt-client", 1), threads, recording);
    Path file = Files.createTempFile("podio-vt-", ".jfr");
    recording.dump(file);
    int pinned = 0;
    int pinnedInPodiokit = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      pinned++;
      if (event.getStackTrace() != null && event.getStackTrace().getFrames().stream()
          .map(RecordedFrame::getMethod).anyMatch(m -> m.getType().getName().startsWith("io.podiokit."))) {
        pinnedInPodiokit++;
        System.out.println("pinned in podiokit: " + event);
      }
    }
    Files.deleteIfExists(file);
    System.out.println("java=" + Runtime.version() + " threads=" + threads + " exchanges=" + exchanges
        + " pinned=" + pinned + " pinnedInPodiokit=" + pinnedInPodiokit);
    System.exit(exchanges == 1 && pinnedInPodiokit == 0 ? 0 : 1);
  }

  /** {@code threads} virtual threads ask for {@code key}'s expired token; returns the number of exchanges. */
  private static int storm(SessionKey key, int threads, @Nullable Recording recording) throws Exception {
    AtomicInteger exchanges = new AtomicInteger();
    try (CaffeineSessionStore store = CaffeineSessionStore.builder().build();
         PodioAuth auth = PodioAuth.builder()
             .credentials(new ClientCredentials("vt-client", "vt-secret"))
             .tokenEndpoint(grant -> {
               exchanges.incrementAndGet();
               try {
                 Thread.sleep(200); // Podio answering
               } catch (InterruptedException e) {
                 Thread.currentThread().interrupt();
               }
               return new Token("fresh-token", "refresh-2", Instant.now().plusSeconds(3600), "", null, "bearer");
             })
             .sessionStore(store)
             .build()) {
      Instant now = Instant.now();
      store.save(new Session(key, new Token("expired-token", "refresh-1", now.minusSeconds(1), "", null, "bearer"),
          GrantKind.APP, 0, now.minusSeconds(3600), now.plus(Duration.ofDays(28))));
      Authentication app = auth.forKey(key);
      Set<String> tokens = ConcurrentHashMap.newKeySet();
      ExecutorService virtual = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor")
          .invoke(null);
      try {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          calls.add(virtual.submit(() -> tokens.add(app.accessToken())));
        }
        for (Future<?> call : calls) {
          call.get(60, TimeUnit.SECONDS);
        }
      } finally {
        virtual.shutdown();
      }
      if (recording != null) {
        recording.stop();
      }
      if (!tokens.equals(Set.of("fresh-token"))) {
        throw new IllegalStateException("the threads got " + tokens);
      }
      return exchanges.get();
    }
  }
}
