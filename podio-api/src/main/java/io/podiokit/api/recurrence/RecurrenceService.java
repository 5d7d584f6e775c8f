package io.podiokit.api.recurrence;

/** Recurrence of objects: Podio's reference areas Recurrence. */
public interface RecurrenceService {
}
