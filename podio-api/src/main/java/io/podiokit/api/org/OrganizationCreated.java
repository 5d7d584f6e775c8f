package io.podiokit.api.org;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The answer to creating an organization.
 *
 * @param orgId the new organization's id
 * @param url its URL on podio.com
 */
public record OrganizationCreated(@Json(name = "org_id") long orgId, @Nullable String url) {}
