package io.podiokit.webhooks;

/**
 * What {@link WebhookReceiver#handle} made of one of Podio's posts, and the HTTP status to answer with
 * ({@link #httpStatus()}): a hook {@link Verified}, an event {@link Received} (new, or a redelivery the handler did
 * not see again), or the post {@link Refused}.
 */
public sealed interface WebhookResult {

  /**
   * The status to answer Podio with: 2xx when the post was taken, 4xx when it was refused (Podio retries a post
   * that did not get a 2xx).
   *
   * @return the HTTP status
   */
  int httpStatus();

  /**
   * A {@code hook.verify} post: the receiver sent its code back to Podio, which activated the hook.
   *
   * @param hookId the hook, now active
   */
  record Verified(long hookId) implements WebhookResult {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * An event from a known hook, with the right secret.
   *
   * @param event the event
   * @param isNew {@code true} when the handler got it; {@code false} when it is a redelivery of an event the handler
   *     already got within the redelivery window, so the handler was not called again
   */
  record Received(WebhookEvent event, boolean isNew) implements WebhookResult {
    @Override
    public int httpStatus() {
      return 200;
    }
  }

  /**
   * A post the receiver refused; the handler was not called.
   *
   * @param reason why
   * @param message what happened and what to do (never the secret)
   */
  record Refused(Reason reason, String message) implements WebhookResult {
    @Override
    public int httpStatus() {
      return reason.httpStatus;
    }
  }

  /** Why a post was refused. */
  enum Reason {
    /** The post carries no secret: it was not sent to a URL made by {@link WebhookReceiver#hookUrl}. 403. */
    MISSING_SECRET(403),
    /** The post carries a secret that is not the receiver's. 403. */
    WRONG_SECRET(403),
    /** The post names a hook the receiver was not told about ({@link WebhookReceiver#trust}). 404. */
    UNKNOWN_HOOK(404),
    /** The post lacks {@code type} or a numeric {@code hook_id}, or a {@code hook.verify} lacks its code. 400. */
    MALFORMED(400);

    private final int httpStatus;

    Reason(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /**
     * The status a refusal for this reason answers with.
     *
     * @return 400, 403 or 404
     */
    public int httpStatus() {
      return httpStatus;
    }
  }
}
