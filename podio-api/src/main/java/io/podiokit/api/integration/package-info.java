/**
 * Integrations of apps with external sources ({@link io.podiokit.api.integration.IntegrationService}; Podio's reference areas Integration).
 */
@NullMarked
package io.podiokit.api.integration;

import org.jspecify.annotations.NullMarked;
