package io.podiokit.api.subscription;

import com.squareup.moshi.Json;
import io.podiokit.api.ObjectRef;
import io.podiokit.api.PodioTime;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The caller's subscription to an object: its changes and comments reach the caller as notifications.
 *
 * @param subscriptionId the subscription's id, when sent
 * @param startedOn when it started, UTC
 * @param notifications whether it gives notifications
 * @param ref the object subscribed to
 */
public record Subscription(@Json(name = "subscription_id") @Nullable Long subscriptionId,
                           @Json(name = "started_on") @Nullable String startedOn, @Nullable Boolean notifications,
                           @Nullable ObjectRef ref) {

  /** {@return when it started} */
  public Optional<Instant> startedOnUtc() {
    return PodioTime.instant(startedOn);
  }
}
