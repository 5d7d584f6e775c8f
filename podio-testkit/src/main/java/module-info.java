/**
 * podiokit's test kit: {@link io.podiokit.testkit.PodioEmulator}, a Podio-compatible OAuth and API server for offline
 * work and tests (with a JUnit 5 extension and a command line), and the {@code SessionStore} contract suite.
 * The emulator needs nothing but the JDK; JUnit and AssertJ serve only the extension and the contract suite.
 */
module io.podiokit.testkit {
  requires io.podiokit.core;
  requires jdk.httpserver;
  requires static org.jspecify;
  requires static org.junit.jupiter.api;
  requires static org.assertj.core;
  requires static embedded.redis;

  exports io.podiokit.testkit;
}
