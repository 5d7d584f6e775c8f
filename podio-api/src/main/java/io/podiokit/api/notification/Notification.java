package io.podiokit.api.notification;

import com.squareup.moshi.Json;
import io.podiokit.api.stream.ByLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One notification in the user's inbox.
 *
 * @param notificationId the notification's id
 * @param type what it is about: {@code comment}, {@code update}, {@code task}, {@code creation}, ...
 * @param text what Podio shows, e.g. {@code "Ann commented on Offer 17"}
 * @param icon the icon Podio shows with it
 * @param data the ids and values of what happened (e.g. {@code comment_id}); empty when not sent
 * @param viewedOn when the user viewed it, in UTC; {@code null} while unread
 * @param subscriptionId the subscription that caused it, if any
 * @param createdOn when it was created, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param starred whether the user starred it
 * @param createdBy who caused it
 */
public record Notification(@Json(name = "notification_id") long notificationId, @Nullable String type,
                           @Nullable String text, @Nullable String icon, Map<String, Object> data,
                           @Json(name = "viewed_on") @Nullable String viewedOn,
                           @Json(name = "subscription_id") @Nullable Long subscriptionId,
                           @Json(name = "created_on") @Nullable String createdOn, @Nullable Boolean starred,
                           @Json(name = "created_by") @Nullable ByLine createdBy) {

  /**
   * Whether the user has viewed it.
   *
   * @return true when {@link #viewedOn()} is set
   */
  public boolean viewed() {
    return viewedOn != null;
  }

  /**
   * When it was created.
   *
   * @return {@link #createdOn()} as an instant, or empty when not sent
   */
  public Optional<Instant> createdOnUtc() {
    return createdOn == null ? Optional.empty()
        : Optional.of(LocalDateTime.parse(createdOn.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
  }
}
