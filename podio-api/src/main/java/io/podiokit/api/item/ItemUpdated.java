package io.podiokit.api.item;

import org.jspecify.annotations.Nullable;

/**
 * Podio's answer to a change of an item's values (update, revert).
 *
 * @param revision the item's new revision
 * @param title its title after the change
 */
public record ItemUpdated(@Nullable Integer revision, @Nullable String title) {}
