package io.podiokit.api.item;

import org.jspecify.annotations.Nullable;

/**
 * Who did something: a user or an app, as Podio names them in {@code created_by}.
 *
 * @param type {@code user} or {@code app}
 * @param id the user's or the app's id
 * @param name the name shown
 */
public record ByLine(@Nullable String type, long id, @Nullable String name) {}
