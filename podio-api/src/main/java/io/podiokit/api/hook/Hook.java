package io.podiokit.api.hook;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A hook as Podio lists it.
 *
 * @param hookId the hook's id
 * @param status {@code active} once verified, {@code inactive} before
 * @param type the event type it is called for, e.g. {@code item.create}
 * @param url where Podio posts the events
 * @param createdOn when it was created, UTC, {@code yyyy-MM-dd HH:mm:ss}
 * @param createdBy who created it (Podio's by-line: {@code type}, {@code id}, {@code name}, ...); empty when absent
 */
public record Hook(@Json(name = "hook_id") long hookId, @Nullable String status, @Nullable String type,
                   @Nullable String url, @Json(name = "created_on") @Nullable String createdOn,
                   @Json(name = "created_by") Map<String, Object> createdBy) {

  private static final DateTimeFormatter PODIO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /**
   * Whether the hook was verified and receives events.
   *
   * @return {@code true} when {@link #status()} is {@code active}
   */
  public boolean isActive() {
    return "active".equals(status);
  }

  /**
   * When the hook was created.
   *
   * @return {@link #createdOn()} as an instant, empty when absent or unreadable
   */
  public Optional<Instant> createdOnUtc() {
    if (createdOn == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(createdOn, PODIO_TIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
