package io.podiokit.api.stream;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An object in a stream (an item, a status, a task, an action, ...) with what happened to it, latest update first.
 *
 * @param id the object's id (an item id for {@code type} {@code item}, ...)
 * @param type the object's type: {@code item}, {@code status}, {@code task}, {@code file}, {@code action}, ...
 * @param lastUpdateOn when it last changed, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param title its title
 * @param link its URL on podio.com
 * @param data more of the object as Podio sends it; empty when not sent
 * @param commentsAllowed whether it may be commented on
 * @param createdOn when it was created, in UTC
 * @param createdBy who created it
 * @param app the app it belongs to ({@code app_id}, {@code config}, ...); empty when none
 * @param space the workspace it belongs to ({@code space_id}, {@code name}, ...); empty when none
 * @param organization the organization it belongs to ({@code org_id}, {@code name}, ...); empty when none
 * @param comments its comments ({@code comment_id}, {@code value}, {@code created_by}, ...); empty when none
 * @param files its files ({@code file_id}, {@code name}, ...); empty when none
 * @param activity what happened to it, latest first; empty when not sent
 */
public record StreamObject(long id, @Nullable String type,
                           @Json(name = "last_update_on") @Nullable String lastUpdateOn, @Nullable String title,
                           @Nullable String link, Map<String, Object> data,
                           @Json(name = "comments_allowed") @Nullable Boolean commentsAllowed,
                           @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") @Nullable ByLine createdBy, Map<String, Object> app,
                           Map<String, Object> space, Map<String, Object> organization,
                           List<Map<String, Object>> comments, List<Map<String, Object>> files,
                           List<StreamActivity> activity) {

  /**
   * When the object last changed.
   *
   * @return {@link #lastUpdateOn()} as an instant, or empty when not sent
   */
  public Optional<Instant> lastUpdateOnUtc() {
    return lastUpdateOn == null ? Optional.empty()
        : Optional.of(LocalDateTime.parse(lastUpdateOn.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
  }
}
