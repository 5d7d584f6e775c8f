package io.podiokit.api.conversation;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of a reply to a conversation.
 *
 * @param text the message
 * @param fileIds files to attach
 * @param embedId a link to attach, or {@code null}
 */
public record ConversationReply(String text, @Json(name = "file_ids") List<Long> fileIds,
                                @Json(name = "embed_id") @Nullable Long embedId) {

  /**
   * Checks and copies.
   *
   * @param text the message
   * @param fileIds files to attach
   * @param embedId a link to attach, or {@code null}
   */
  public ConversationReply {
    Objects.requireNonNull(text, "text == null");
    fileIds = List.copyOf(Objects.requireNonNull(fileIds, "fileIds == null"));
  }

  /**
   * A reply of text only.
   *
   * @param text the message
   */
  public ConversationReply(String text) {
    this(text, List.of(), null);
  }
}
