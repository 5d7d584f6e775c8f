package io.podiokit.api.user;

import org.jspecify.annotations.Nullable;

/**
 * A property of the user: a value an integration keeps on the user's account, {@code {"value": ...}}.
 *
 * @param value the value: a text, a number, a boolean, a list or an object as JSON reads them
 */
public record UserProperty(@Nullable Object value) {}
