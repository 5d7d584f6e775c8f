package io.podiokit.api.file;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import io.podiokit.api.PodioTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file on Podio, in any view (micro, mini, full): on its own, attached to an object, or in a list.
 *
 * @param fileId the file's id
 * @param name its file name
 * @param description its description, if any
 * @param mimetype its media type, e.g. {@code image/png}
 * @param size its size in bytes
 * @param link where Podio says it can be downloaded (download through {@link FileService#download(long)} instead:
 *     that goes to the API host)
 * @param permaLink its page on podio.com
 * @param thumbnailLink a thumbnail's URL, for images
 * @param hostedBy the service that hosts it, {@code podio} for uploads
 * @param createdOn when it was uploaded, UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who uploaded it
 * @param context the object it is attached to, if any
 * @param replaces the files this one replaced; empty when none or not sent
 */
public record PodioFile(@Json(name = "file_id") long fileId, @Nullable String name, @Nullable String description,
                        @Nullable String mimetype, @Nullable Long size, @Nullable String link,
                        @Json(name = "perma_link") @Nullable String permaLink,
                        @Json(name = "thumbnail_link") @Nullable String thumbnailLink,
                        @Json(name = "hosted_by") @Nullable String hostedBy,
                        @Json(name = "created_on") @Nullable String createdOn,
                        @Json(name = "created_by") @Nullable ByLine createdBy, @Nullable ObjectRef context,
                        List<PodioFile> replaces) {

  /** {@return when it was uploaded; empty when not sent} */
  public Optional<Instant> createdOnUtc() {
    return PodioTime.instant(createdOn);
  }
}
