package io.podiokit.api.space;

import com.squareup.moshi.Json;
import io.podiokit.api.contact.Contact;
import io.podiokit.api.user.User;
import org.jspecify.annotations.Nullable;

/**
 * A membership of a workspace.
 *
 * @param user the member ({@code user_id}, {@code name}, {@code avatar}, ...)
 * @param profile the member's profile, when sent
 * @param role {@code light}, {@code regular} or {@code admin}
 * @param employee whether the member is an employee of the organization
 * @param invitedOn when the member was invited, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param startedOn when the member accepted, UTC
 * @param endedOn when the membership ended, UTC; only for ended memberships
 * @param grants how many grants the member has on the workspace
 */
public record SpaceMember(User user, @Nullable Contact profile, @Nullable String role, @Nullable Boolean employee,
                          @Json(name = "invited_on") @Nullable String invitedOn,
                          @Json(name = "started_on") @Nullable String startedOn,
                          @Json(name = "ended_on") @Nullable String endedOn, @Nullable Integer grants) {}
