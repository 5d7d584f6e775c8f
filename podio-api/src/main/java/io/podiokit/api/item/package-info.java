/**
 * Items, their field values, revisions and diffs ({@link io.podiokit.api.item.ItemService}; Podio's reference areas Item, ItemField, ItemRevision, ItemDiff).
 */
@NullMarked
package io.podiokit.api.item;

import org.jspecify.annotations.NullMarked;
