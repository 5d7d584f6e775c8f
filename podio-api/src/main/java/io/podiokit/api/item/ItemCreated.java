package io.podiokit.api.item;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Podio's answer to creating or cloning an item.
 *
 * @param itemId the new item's id
 * @param appItemId its number within its app
 * @param title its title
 * @param link its URL on podio.com
 * @param revision its revision
 */
public record ItemCreated(@Json(name = "item_id") long itemId, @Json(name = "app_item_id") @Nullable Long appItemId,
                          @Nullable String title, @Nullable String link, @Nullable Integer revision) {}
