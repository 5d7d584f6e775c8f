package io.podiokit.api.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The notifications about one object, newest first, as Podio's inbox groups them.
 *
 * @param context the object they are about
 * @param notifications the notifications; empty when not sent
 */
public record NotificationGroup(@Nullable NotificationContext context, List<Notification> notifications) {}
