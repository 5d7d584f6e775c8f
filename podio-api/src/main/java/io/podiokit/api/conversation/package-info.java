/**
 * Conversations, also on objects ({@link io.podiokit.api.conversation.ConversationService}; Podio's reference areas Conversation).
 */
@NullMarked
package io.podiokit.api.conversation;

import org.jspecify.annotations.NullMarked;
