package io.podiokit.api.conversation;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation. A micro view carries only its id and subject; lists carry no messages.
 *
 * @param conversationId the conversation's id
 * @param subject its subject
 * @param type {@code direct} (two people) or {@code group}
 * @param ref the object it is on, or {@code null}
 * @param createdOn when it started (UTC, {@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who started it
 * @param excerpt the start of the latest message
 * @param unread whether the caller has not read the latest message
 * @param unreadCount how many messages the caller has not read
 * @param participants who takes part
 * @param messages its messages, oldest first; empty in lists
 */
public record Conversation(@Json(name = "conversation_id") long conversationId, @Nullable String subject,
                           @Nullable String type, @Nullable ObjectRef ref,
                           @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") @Nullable ByLine createdBy, @Nullable String excerpt,
                           @Nullable Boolean unread, @Json(name = "unread_count") @Nullable Integer unreadCount,
                           List<Participant> participants, List<Message> messages) {

  /**
   * A participant of a conversation.
   *
   * @param userId the user's id
   * @param name the user's name
   * @param avatar the avatar's file id, if any
   */
  public record Participant(@Json(name = "user_id") long userId, @Nullable String name, @Nullable Long avatar) {}

  /**
   * A message of a conversation.
   *
   * @param messageId the message's id
   * @param text its text
   * @param createdOn when it was sent (UTC, {@code yyyy-MM-dd HH:mm:ss})
   * @param createdBy who sent it
   * @param fileIds the files attached to it
   */
  public record Message(@Json(name = "message_id") long messageId, @Nullable String text,
                        @Json(name = "created_on") @Nullable String createdOn,
                        @Json(name = "created_by") @Nullable ByLine createdBy,
                        @Json(name = "file_ids") List<Long> fileIds) {}
}
