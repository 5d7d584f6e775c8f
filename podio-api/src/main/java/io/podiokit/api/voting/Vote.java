package io.podiokit.api.voting;

import io.podiokit.api.stream.ByLine;
import org.jspecify.annotations.Nullable;

/**
 * One user's vote on an item.
 *
 * @param user who voted
 * @param value the number of stars ({@code fivestar} votings) or the chosen answer's id
 */
public record Vote(@Nullable ByLine user, @Nullable Long value) {}
