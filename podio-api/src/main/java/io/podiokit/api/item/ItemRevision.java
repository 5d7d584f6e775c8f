package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One revision of an item: who changed it and when.
 *
 * @param revision the revision number (0 is the creation)
 * @param itemRevisionId the revision's own id (what webhooks carry as {@code item_revision_id})
 * @param type {@code creation}, {@code update} or {@code delete}
 * @param createdOn when, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param createdBy who
 */
public record ItemRevision(long revision, @Json(name = "item_revision_id") @Nullable Long itemRevisionId,
                           @Nullable String type, @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") @Nullable ByLine createdBy) {

  /**
   * When the revision was made.
   *
   * @return the instant, or empty when not sent
   */
  public Optional<Instant> createdOnUtc() {
    return Times.utc(createdOn);
  }
}
