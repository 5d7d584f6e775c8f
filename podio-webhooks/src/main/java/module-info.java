/**
 * Receiving Podio's webhooks: {@link io.podiokit.webhooks.WebhookReceiver} verifies hooks, turns Podio's form posts
 * into typed {@link io.podiokit.webhooks.WebhookEvent}s, recognises redeliveries and refuses forgeries; adapters for
 * the JDK's HTTP server and for Jakarta Servlet (each needed only when used).
 */
module io.podiokit.webhooks {
  requires transitive io.podiokit.api;
  requires org.jspecify;
  requires static jdk.httpserver;
  requires static jakarta.servlet;

  exports io.podiokit.webhooks;
}
