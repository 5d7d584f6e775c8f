package io.podiokit.emulator;

/**
 * What the emulator's webhook deliveries have done since it started or since {@link PodioEmulator#resetCounters()}.
 * A delivery is one {@code hook.verify} or event posted to one hook; it takes one or more attempts.
 *
 * @param attempts POSTs made to hook URLs, retries included
 * @param delivered attempts the hook's URL answered with a 2xx status
 * @param retries attempts that failed (non-2xx answer, no answer) and were scheduled again
 * @param abandoned deliveries given up after their last attempt failed
 * @param pending deliveries scheduled and not yet delivered or abandoned
 */
public record WebhookDeliveries(long attempts, long delivered, long retries, long abandoned, long pending) {}
