/**
 * References: finding objects to point at ({@link io.podiokit.api.reference.ReferenceService}; Podio's reference areas Reference).
 */
@NullMarked
package io.podiokit.api.reference;

import org.jspecify.annotations.NullMarked;
