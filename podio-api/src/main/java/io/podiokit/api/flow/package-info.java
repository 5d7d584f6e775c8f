/**
 * Flows: automations of apps ({@link io.podiokit.api.flow.FlowService}; Podio's reference areas Flow).
 */
@NullMarked
package io.podiokit.api.flow;

import org.jspecify.annotations.NullMarked;
