package io.podiokit.webhooks;

import io.podiokit.PodioException;

/**
 * A webhook post that was taken but could not be completed: Podio refused the verification code, or the handler
 * failed. Adapters answer 500, so that Podio posts again. The message never contains the secret or the code.
 */
public class WebhookException extends PodioException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure with its cause.
   *
   * @param message what happened and what to do
   * @param cause what failed
   */
  public WebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
