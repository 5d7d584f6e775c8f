package io.podiokit.api.conversation;

import com.squareup.moshi.Json;

/**
 * What a reply answers.
 *
 * @param messageId the new message's id
 */
public record MessageCreated(@Json(name = "message_id") long messageId) {}
