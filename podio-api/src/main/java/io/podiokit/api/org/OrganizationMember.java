package io.podiokit.api.org;

import com.squareup.moshi.Json;
import io.podiokit.api.contact.Contact;
import io.podiokit.api.user.User;
import org.jspecify.annotations.Nullable;

/**
 * A member of an organization; an invited user comes with very little of their user and profile.
 *
 * @param user the member's account
 * @param profile the member's profile
 * @param role the member's role in the organization: {@code regular} or {@code admin}
 * @param admin whether the member administers the organization
 * @param employee whether the member is an employee
 * @param spaceMemberships in how many of the organization's regular workspaces the member is
 */
public record OrganizationMember(User user, @Nullable Contact profile, @Nullable String role,
                                 @Nullable Boolean admin, @Nullable Boolean employee,
                                 @Json(name = "space_memberships") @Nullable Integer spaceMemberships) {}
