package io.podiokit.api.integration;

/** Integrations of apps with external sources: Podio's reference areas Integration. */
public interface IntegrationService {
}
