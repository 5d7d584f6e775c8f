package io.podiokit.api.notification;

/** Notifications and notification groups: Podio's reference areas Notification, NotificationGroup. */
public interface NotificationService {
}
