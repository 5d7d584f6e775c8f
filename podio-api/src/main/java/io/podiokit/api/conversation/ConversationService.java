package io.podiokit.api.conversation;

/** Conversations, also on objects: Podio's reference areas Conversation. */
public interface ConversationService {
}
