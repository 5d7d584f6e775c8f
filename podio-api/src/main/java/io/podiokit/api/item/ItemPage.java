package io.podiokit.api.item;

import java.util.List;

/**
 * One page of filtered items.
 *
 * @param total items in the app
 * @param filtered items that match the filter
 * @param items the items on this page
 */
public record ItemPage(long total, long filtered, List<Item> items) {}
