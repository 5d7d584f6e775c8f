package io.podiokit.api.hook;

/** Webhooks: registering, verifying, and receiving Podio's events: Podio's reference areas Hook. */
public interface HookService {
}
