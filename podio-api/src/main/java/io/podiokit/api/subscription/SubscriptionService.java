package io.podiokit.api.subscription;

/** Subscriptions to objects: Podio's reference areas Subscription. */
public interface SubscriptionService {
}
