package io.podiokit.api.contact;

import org.jspecify.annotations.Nullable;

/**
 * {@code GET /contact/space/{space_id}/totals/}: how many contacts a workspace has.
 *
 * @param total the workspace's contacts, members and workspace contacts together
 */
public record SpaceContactTotals(@Nullable Integer total) {}
