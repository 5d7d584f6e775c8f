package io.podiokit.api.reminder;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The user's reminder on an object with a due date (a task, an item's date).
 *
 * @param reminderId the reminder's id
 * @param remindDelta how many minutes before the due time the reminder goes off
 */
public record Reminder(@Json(name = "reminder_id") long reminderId,
                       @Json(name = "remind_delta") @Nullable Integer remindDelta) {}
