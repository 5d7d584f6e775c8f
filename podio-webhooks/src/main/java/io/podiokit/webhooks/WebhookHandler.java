package io.podiokit.webhooks;

/**
 * Your code for Podio's events: called once for each new event (never for a redelivery within the receiver's
 * window), on the thread that handles the HTTP request. If it throws, the receiver answers 500, forgets the event so
 * that Podio's retry reaches the handler again, and {@link WebhookReceiver#handle} throws a
 * {@link WebhookException}. Keep it short: Podio waits for the answer.
 */
@FunctionalInterface
public interface WebhookHandler {

  /**
   * Handles one event.
   *
   * @param event the event
   * @throws Exception when it could not be handled (Podio will post it again)
   */
  void onEvent(WebhookEvent event) throws Exception;
}
