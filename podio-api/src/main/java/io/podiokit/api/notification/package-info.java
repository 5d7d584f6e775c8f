/**
 * Notifications and notification groups ({@link io.podiokit.api.notification.NotificationService}; Podio's reference areas Notification, NotificationGroup).
 */
@NullMarked
package io.podiokit.api.notification;

import org.jspecify.annotations.NullMarked;
