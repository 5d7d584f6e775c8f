package io.podiokit.api.status;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A status message to post.
 *
 * @param value the text, not blank
 * @param fileIds uploaded files to attach
 * @param embedUrl a link to embed
 */
public record StatusWrite(String value, @Json(name = "file_ids") @Nullable List<Long> fileIds,
                          @Json(name = "embed_url") @Nullable String embedUrl) {

  /**
   * Checks and copies.
   *
   * @param value the text, not blank
   * @param fileIds uploaded files to attach
   * @param embedUrl a link to embed
   */
  public StatusWrite {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank: Podio refuses empty status messages");
    }
    fileIds = fileIds == null ? null : List.copyOf(fileIds);
  }

  /**
   * A status with only text.
   *
   * @param value the text
   * @return the write
   */
  public static StatusWrite of(String value) {
    return new StatusWrite(value, null, null);
  }

  /**
   * This status with uploaded files attached.
   *
   * @param fileIds the files' ids
   * @return the write
   */
  public StatusWrite withFiles(List<Long> fileIds) {
    return new StatusWrite(value, fileIds, embedUrl);
  }

  /**
   * This status embedding a link.
   *
   * @param url the link
   * @return the write
   */
  public StatusWrite withEmbedUrl(String url) {
    return new StatusWrite(value, fileIds, Objects.requireNonNull(url, "url == null"));
  }
}
