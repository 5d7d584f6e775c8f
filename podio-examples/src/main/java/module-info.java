/**
 * Runnable examples of every podiokit flow, on an embedded Podio emulator by default or on a real Podio server.
 * The shaded {@code podio-examples.jar} runs them on the classpath; this descriptor keeps the compile honest.
 */
module io.podiokit.examples {
  requires io.podiokit.core;
  requires io.podiokit.http.retrofit;
  requires io.podiokit.emulator;
  requires io.podiokit.webhooks;
  requires java.net.http;
  requires jdk.httpserver;
  requires spring.beans;
  requires spring.context;
  requires spring.core;
  requires static org.jspecify;

  exports io.podiokit.examples;

  // Spring reads the @Configuration class and calls its @Bean methods reflectively.
  opens io.podiokit.examples to spring.core, spring.beans, spring.context;
}
