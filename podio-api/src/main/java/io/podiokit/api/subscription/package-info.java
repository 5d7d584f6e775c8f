/**
 * Subscriptions to objects ({@link io.podiokit.api.subscription.SubscriptionService}; Podio's reference areas Subscription).
 */
@NullMarked
package io.podiokit.api.subscription;

import org.jspecify.annotations.NullMarked;
