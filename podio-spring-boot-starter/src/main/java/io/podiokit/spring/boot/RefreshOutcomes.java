package io.podiokit.spring.boot;

import io.podiokit.AuthListener;
import io.podiokit.PodioException;
import io.podiokit.SessionKey;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** Hears refreshes and keeps the last outcome at the token endpoint, for the health indicator. */
public final class RefreshOutcomes implements AuthListener {

  /**
   * The last outcome.
   *
   * @param result {@code exchanged}, {@code adopted}, {@code reauthenticated} (a dead app or password session was
   *     replaced by exchanging its grant again) or {@code failed}
   * @param at when
   * @param errorType the failure's simple class name when it failed
   */
  public record Outcome(String result, Instant at, @Nullable String errorType) {}

  private final AtomicReference<@Nullable Outcome> last = new AtomicReference<>();

  /** {@return the last outcome, or {@code null} when no refresh happened yet} */
  public @Nullable Outcome last() {
    return last.get();
  }

  @Override
  public void refreshed(SessionKey key) {
    last.set(new Outcome("exchanged", Instant.now(), null));
  }

  @Override
  public void adopted(SessionKey key) {
    last.set(new Outcome("adopted", Instant.now(), null));
  }

  @Override
  public void reauthenticated(SessionKey key) {
    last.set(new Outcome("reauthenticated", Instant.now(), null));
  }

  @Override
  public void refreshFailed(SessionKey key, PodioException error) {
    last.set(new Outcome("failed", Instant.now(), error.getClass().getSimpleName()));
  }
}
