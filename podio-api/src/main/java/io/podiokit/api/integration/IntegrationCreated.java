package io.podiokit.api.integration;

import com.squareup.moshi.Json;

/**
 * What creating an integration answers.
 *
 * @param integrationId the new integration's id
 */
public record IntegrationCreated(@Json(name = "integration_id") long integrationId) {}
