package io.podiokit.api.app;

import com.squareup.moshi.Json;

/**
 * Podio's answer to creating or installing an app.
 *
 * @param appId the new app's id
 */
public record AppCreated(@Json(name = "app_id") long appId) {}
