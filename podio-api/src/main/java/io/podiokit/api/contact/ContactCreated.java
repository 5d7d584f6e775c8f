package io.podiokit.api.contact;

import com.squareup.moshi.Json;

/**
 * The answer to creating a workspace contact.
 *
 * @param profileId the new contact's profile id
 */
public record ContactCreated(@Json(name = "profile_id") long profileId) {}
