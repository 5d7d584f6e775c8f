package io.podiokit.api.item;

/**
 * How many items an app (or a view of it) has.
 *
 * @param count the number of items
 */
public record ItemCount(long count) {}
