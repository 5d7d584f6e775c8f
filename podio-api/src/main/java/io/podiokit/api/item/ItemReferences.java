package io.podiokit.api.item;

import io.podiokit.api.app.App;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Items of one app that point at an item through one of its relationship fields.
 *
 * @param app the app (micro)
 * @param field the field that points
 * @param items the items that point (micro)
 */
public record ItemReferences(@Nullable App app, App.@Nullable Field field, List<Item> items) {}
