package io.podiokit.spring.boot;

import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code podio}: DOWN when the session store cannot be read or the last refresh at Podio's token endpoint failed,
 * UP otherwise; details name the store and the last refresh outcome, never a token or a secret.
 */
final class PodioHealthIndicator extends AbstractHealthIndicator {

  private final SessionStore store;
  private final RefreshOutcomes outcomes;
  private final SessionKey probe;

  PodioHealthIndicator(SessionStore store, RefreshOutcomes outcomes, String clientId) {
    super("podio health check failed");
    this.store = store;
    this.outcomes = outcomes;
    this.probe = SessionKey.user(clientId, "podiokit-health-probe");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("store", store.getClass().getSimpleName());
    try {
      store.load(probe);
      builder.withDetail("storeReachable", true);
    } catch (RuntimeException e) {
      builder.down().withDetail("storeReachable", false).withDetail("storeError", e.getClass().getSimpleName());
      return;
    }
    RefreshOutcomes.Outcome last = outcomes.last();
    if (last == null) {
      builder.up().withDetail("tokenEndpoint", "no refresh yet");
      return;
    }
    builder.withDetail("tokenEndpoint", last.result()).withDetail("tokenEndpointAt", last.at().toString());
    if (last.errorType() != null) {
      builder.down().withDetail("tokenEndpointError", last.errorType());
    } else {
      builder.up();
    }
  }
}
