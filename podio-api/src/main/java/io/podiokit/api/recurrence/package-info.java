/**
 * Recurrence of objects ({@link io.podiokit.api.recurrence.RecurrenceService}; Podio's reference areas Recurrence).
 */
@NullMarked
package io.podiokit.api.recurrence;

import org.jspecify.annotations.NullMarked;
