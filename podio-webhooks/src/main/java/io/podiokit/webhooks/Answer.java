package io.podiokit.webhooks;

import java.util.Map;

/**
 * What the HTTP adapters answer: a status and a short plain-text body (never the secret).
 *
 * @param status the HTTP status
 * @param text the body
 */
record Answer(int status, String text) {

  /** The longest form body the adapters read: Podio's posts are a few hundred bytes. */
  static final int MAX_BODY = 64 * 1024;

  static final String TEXT = "text/plain; charset=utf-8";

  /** Runs {@code form} through {@code receiver} and says how to answer. */
  static Answer of(WebhookReceiver receiver, Map<String, String> form) {
    try {
      return of(receiver.handle(form));
    } catch (WebhookException e) {
      return new Answer(500, e.getMessage());
    }
  }

  /** Runs the raw form {@code body} through {@code receiver} and says how to answer. */
  static Answer of(WebhookReceiver receiver, String body) {
    try {
      return of(receiver.handle(body));
    } catch (WebhookException e) {
      return new Answer(500, e.getMessage());
    }
  }

  private static Answer of(WebhookResult result) {
    if (result instanceof WebhookResult.Verified v) {
      return new Answer(v.httpStatus(), "verified hook " + v.hookId());
    }
    if (result instanceof WebhookResult.Received r) {
      return new Answer(r.httpStatus(), r.isNew() ? "received" : "received before");
    }
    WebhookResult.Refused refused = (WebhookResult.Refused) result;
    return new Answer(refused.httpStatus(), refused.message());
  }
}
