package io.podiokit.api.comment;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import io.podiokit.api.PodioTime;
import io.podiokit.api.file.PodioFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A comment on an object (an item, a status, a task, ...), in any view.
 *
 * @param commentId the comment's id
 * @param value its text
 * @param richValue its text with markup, as Podio renders it
 * @param externalId an id from another system, if one was given
 * @param ref the object it is on
 * @param spaceId the workspace of that object, if any
 * @param createdBy who wrote it
 * @param createdOn when, UTC
 * @param lastEditOn when it was last changed, UTC
 * @param files the files attached to it
 * @param embed the link it embeds, as Podio describes it; empty when none
 * @param likeCount how many liked it
 * @param isLiked whether the caller liked it
 * @param rights what the caller may do with it
 */
public record Comment(@Json(name = "comment_id") long commentId, @Nullable String value,
                      @Json(name = "rich_value") @Nullable String richValue,
                      @Json(name = "external_id") @Nullable String externalId, @Nullable ObjectRef ref,
                      @Json(name = "space_id") @Nullable Long spaceId,
                      @Json(name = "created_by") @Nullable ByLine createdBy,
                      @Json(name = "created_on") @Nullable String createdOn,
                      @Json(name = "last_edit_on") @Nullable String lastEditOn, List<PodioFile> files,
                      Map<String, Object> embed, @Json(name = "like_count") @Nullable Integer likeCount,
                      @Json(name = "is_liked") @Nullable Boolean isLiked, List<String> rights) {

  /** {@return when it was written} */
  public Optional<Instant> createdOnUtc() {
    return PodioTime.instant(createdOn);
  }
}
