/**
 * Status messages in a workspace ({@link io.podiokit.api.status.StatusService}; Podio's reference areas Status).
 */
@NullMarked
package io.podiokit.api.status;

import org.jspecify.annotations.NullMarked;
