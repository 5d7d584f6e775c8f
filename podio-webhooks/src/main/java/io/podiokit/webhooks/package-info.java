/**
 * Receiving Podio's webhooks ({@link io.podiokit.webhooks.WebhookReceiver}), their typed events
 * ({@link io.podiokit.webhooks.WebhookEvent}) and HTTP adapters ({@link io.podiokit.webhooks.WebhookHttpHandler},
 * {@link io.podiokit.webhooks.WebhookServlet}).
 */
@NullMarked
package io.podiokit.webhooks;

import org.jspecify.annotations.NullMarked;
