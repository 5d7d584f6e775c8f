/**
 * Reminders on objects ({@link io.podiokit.api.reminder.ReminderService}; Podio's reference areas Reminder).
 */
@NullMarked
package io.podiokit.api.reminder;

import org.jspecify.annotations.NullMarked;
