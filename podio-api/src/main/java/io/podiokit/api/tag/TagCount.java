package io.podiokit.api.tag;

/**
 * A tag and how often it is used.
 *
 * @param text the tag
 * @param count on how many objects
 */
public record TagCount(String text, long count) {}
