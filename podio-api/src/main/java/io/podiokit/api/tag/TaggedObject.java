package io.podiokit.api.tag;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.PodioTime;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An object found by its tag.
 *
 * @param id the object's id
 * @param type its type ({@code item}, {@code status}, ...)
 * @param title its title
 * @param link its page on podio.com
 * @param createdOn when it was created, UTC
 * @param createdBy who created it
 */
public record TaggedObject(long id, @Nullable String type, @Nullable String title, @Nullable String link,
                           @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") @Nullable ByLine createdBy) {

  /** {@return when it was created} */
  public Optional<Instant> createdOnUtc() {
    return PodioTime.instant(createdOn);
  }
}
