package io.podiokit.api.comment;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a comment create or update sends.
 *
 * <pre>{@code
 * api.comments().create("item", itemId, CommentWrite.of("See the attached offer").withFiles(List.of(fileId)));
 * }</pre>
 *
 * @param value the text (Podio's markdown), not blank
 * @param externalId an id from another system
 * @param fileIds uploaded files to attach (an update replaces the comment's files)
 * @param embedUrl a link to embed
 */
public record CommentWrite(String value, @Json(name = "external_id") @Nullable String externalId,
                           @Json(name = "file_ids") @Nullable List<Long> fileIds,
                           @Json(name = "embed_url") @Nullable String embedUrl) {

  /**
   * Checks and copies.
   *
   * @param value the text (Podio's markdown), not blank
   * @param externalId an id from another system
   * @param fileIds uploaded files to attach (an update replaces the comment's files)
   * @param embedUrl a link to embed
   */
  public CommentWrite {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank: Podio refuses empty comments");
    }
    fileIds = fileIds == null ? null : List.copyOf(fileIds);
  }

  /**
   * A comment with only text.
   *
   * @param value the text
   * @return the write
   */
  public static CommentWrite of(String value) {
    return new CommentWrite(value, null, null, null);
  }

  /**
   * This comment with uploaded files attached.
   *
   * @param fileIds the files' ids
   * @return the write
   */
  public CommentWrite withFiles(List<Long> fileIds) {
    return new CommentWrite(value, externalId, fileIds, embedUrl);
  }

  /**
   * This comment with an external id.
   *
   * @param externalId the id from another system
   * @return the write
   */
  public CommentWrite withExternalId(String externalId) {
    return new CommentWrite(value, Objects.requireNonNull(externalId, "externalId == null"), fileIds, embedUrl);
  }

  /**
   * This comment embedding a link.
   *
   * @param url the link
   * @return the write
   */
  public CommentWrite withEmbedUrl(String url) {
    return new CommentWrite(value, externalId, fileIds, Objects.requireNonNull(url, "url == null"));
  }
}
