package io.podiokit.api.conversation;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * What starting a conversation answers.
 *
 * @param conversationId the new conversation's id
 * @param messageId its first message's id, when Podio sends it
 */
public record ConversationCreated(@Json(name = "conversation_id") long conversationId,
                                  @Json(name = "message_id") @Nullable Long messageId) {}
