package io.podiokit.api.item;

import org.jspecify.annotations.Nullable;

/**
 * The URL of a meeting item's online meeting.
 *
 * @param url the URL, or {@code null} when the item has no meeting
 */
public record MeetingUrl(@Nullable String url) {}
