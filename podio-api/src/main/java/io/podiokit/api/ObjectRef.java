package io.podiokit.api;

import org.jspecify.annotations.Nullable;

/**
 * The object something is on, as Podio's answers carry it in {@code ref}: its kind, id, title and link.
 *
 * @param type the kind, e.g. {@code item} (see {@link RefType})
 * @param id the object's id
 * @param title its title
 * @param link its URL
 */
public record ObjectRef(@Nullable String type, long id, @Nullable String title, @Nullable String link) {}
