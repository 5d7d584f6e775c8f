package io.podiokit.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A demo emulator started for each test, every event its world publishes, and the demo user's token for raw calls
 * with {@link Wire}: the set-up of the tests of the events areas publish.
 */
abstract class DemoEvents {

  PodioEmulator podio;
  Wire wire;
  String token;
  final List<World.Event> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    podio = PodioEmulator.builder().demoData().start();
    podio.world().subscribe(events::add);
    wire = new Wire(podio);
    token = (String) wire.password(PodioEmulator.DEMO_CLIENT_ID, PodioEmulator.DEMO_CLIENT_SECRET,
        PodioEmulator.DEMO_USER_EMAIL, PodioEmulator.DEMO_USER_PASSWORD).get("access_token");
  }

  @AfterEach
  void stop() {
    podio.close();
  }
}
