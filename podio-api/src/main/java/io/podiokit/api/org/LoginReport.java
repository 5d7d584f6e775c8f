package io.podiokit.api.org;

import org.jspecify.annotations.Nullable;

/**
 * One period of an organization's login report.
 *
 * @param date the period, {@code yyyy-MM-dd} (its first day)
 * @param total how many members the organization had
 * @param active how many of them signed in during the period
 */
public record LoginReport(@Nullable String date, @Nullable Integer total, @Nullable Integer active) {}
