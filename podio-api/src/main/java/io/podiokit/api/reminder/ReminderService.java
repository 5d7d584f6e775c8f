package io.podiokit.api.reminder;

/** Reminders on objects: Podio's reference areas Reminder. */
public interface ReminderService {
}
