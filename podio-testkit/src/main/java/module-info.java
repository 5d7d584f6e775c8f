/**
 * podiokit's test kit: {@link io.podiokit.testkit.PodioEmulatorExtension}, the JUnit 5 extension that runs a
 * {@link io.podiokit.emulator.PodioEmulator} per test or per class, and the {@code SessionStore} contract suite.
 */
module io.podiokit.testkit {
  requires transitive io.podiokit.core;
  requires transitive io.podiokit.emulator;
  requires static org.jspecify;
  requires static org.junit.jupiter.api;
  requires static org.assertj.core;
  requires static embedded.redis;

  exports io.podiokit.testkit;
}
