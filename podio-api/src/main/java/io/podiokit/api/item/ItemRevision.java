package io.podiokit.api.item;

import org.jspecify.annotations.Nullable;

/**
 * Podio's answer to updating an item.
 *
 * @param revision the item's new revision
 * @param title its title after the update
 */
public record ItemRevision(int revision, @Nullable String title) {}
