package io.podiokit.api.task;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's task labels.
 *
 * @param labelId the label's id
 * @param text its text
 * @param color its color, six hex digits such as {@code "E9E9E9"}
 */
public record TaskLabel(@Json(name = "label_id") long labelId, @Nullable String text, @Nullable String color) {}
