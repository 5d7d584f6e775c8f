package io.podiokit.api.grant;

import com.squareup.moshi.Json;

/**
 * What giving access answers.
 *
 * @param grantCount how many grants were made or changed
 */
public record GrantsCreated(@Json(name = "grant_count") int grantCount) {}
