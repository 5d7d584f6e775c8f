package io.podiokit.api.notification;

import com.squareup.moshi.Json;

/**
 * {@code GET /notification/inbox/new/count}: how many notifications the user has not viewed.
 *
 * @param count the number of unviewed notifications
 */
public record InboxCount(@Json(name = "new") int count) {}
