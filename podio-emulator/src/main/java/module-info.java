/**
 * {@link io.podiokit.emulator.PodioEmulator}: a Podio-compatible OAuth and API server for offline work and tests, with
 * its own clock, counters, rate limits, fault injection and a command line. It needs nothing but the JDK and
 * podio-core.
 */
module io.podiokit.emulator {
  requires transitive io.podiokit.core;
  requires jdk.httpserver;
  requires java.net.http;
  requires static org.jspecify;

  exports io.podiokit.emulator;
}
