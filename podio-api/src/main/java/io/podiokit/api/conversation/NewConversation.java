package io.podiokit.api.conversation;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that starts a conversation.
 *
 * @param subject the subject
 * @param text the first message
 * @param participants the users it is with (user ids), the caller not included
 * @param fileIds files to attach to the first message
 * @param embedId a link to attach, or {@code null}
 */
public record NewConversation(String subject, String text, List<Long> participants,
                              @Json(name = "file_ids") List<Long> fileIds,
                              @Json(name = "embed_id") @Nullable Long embedId) {

  /**
   * Checks and copies.
   *
   * @param subject the subject
   * @param text the first message
   * @param participants the users it is with (user ids), the caller not included
   * @param fileIds files to attach to the first message
   * @param embedId a link to attach, or {@code null}
   */
  public NewConversation {
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(text, "text == null");
    participants = List.copyOf(Objects.requireNonNull(participants, "participants == null"));
    fileIds = List.copyOf(Objects.requireNonNull(fileIds, "fileIds == null"));
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("a conversation needs at least one participant besides the caller");
    }
  }

  /**
   * A conversation without files or links.
   *
   * @param subject the subject
   * @param text the first message
   * @param participants the users it is with (user ids)
   * @return the body
   */
  public static NewConversation of(String subject, String text, List<Long> participants) {
    return new NewConversation(subject, text, participants, List.of(), null);
  }
}
