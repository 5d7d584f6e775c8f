package io.podiokit.api.status;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.PodioTime;
import io.podiokit.api.comment.Comment;
import io.podiokit.api.file.PodioFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A status message in a workspace, in any view.
 *
 * @param statusId the status's id
 * @param value its text
 * @param richValue its text with markup
 * @param link its page on podio.com
 * @param spaceId its workspace
 * @param createdBy who posted it
 * @param createdOn when, UTC
 * @param files the files attached to it
 * @param comments the comments on it (in the full view)
 * @param embed the link it embeds; empty when none
 * @param likeCount how many liked it
 * @param isLiked whether the caller liked it
 * @param subscribed whether the caller is subscribed to it
 * @param rights what the caller may do with it
 */
public record Status(@Json(name = "status_id") long statusId, @Nullable String value,
                     @Json(name = "rich_value") @Nullable String richValue, @Nullable String link,
                     @Json(name = "space_id") @Nullable Long spaceId,
                     @Json(name = "created_by") @Nullable ByLine createdBy,
                     @Json(name = "created_on") @Nullable String createdOn, List<PodioFile> files,
                     List<Comment> comments, Map<String, Object> embed,
                     @Json(name = "like_count") @Nullable Integer likeCount,
                     @Json(name = "is_liked") @Nullable Boolean isLiked, @Nullable Boolean subscribed,
                     List<String> rights) {

  /** {@return when it was posted} */
  public Optional<Instant> createdOnUtc() {
    return PodioTime.instant(createdOn);
  }
}
