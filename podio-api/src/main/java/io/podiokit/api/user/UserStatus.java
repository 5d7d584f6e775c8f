package io.podiokit.api.user;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /user/status}: who the token acts as.
 *
 * @param user the user's account
 * @param profile the user's public profile, when Podio sends it
 * @param inboxNew unread notifications
 */
public record UserStatus(User user, @Nullable Profile profile, @Json(name = "inbox_new") @Nullable Integer inboxNew) {

  /**
   * A user account.
   *
   * @param userId the user's id
   * @param mail the user's primary e-mail address
   * @param status the account's status, e.g. {@code active}
   * @param locale the user's locale
   * @param timezone the user's time zone
   */
  public record User(@Json(name = "user_id") long userId, @Nullable String mail, @Nullable String status,
                     @Nullable String locale, @Nullable String timezone) {}

  /**
   * A user's public profile.
   *
   * @param profileId the profile's id
   * @param userId the user's id
   * @param name the user's full name
   * @param link the profile's URL on podio.com
   */
  public record Profile(@Json(name = "profile_id") @Nullable Long profileId, @Json(name = "user_id") @Nullable Long userId,
                        @Nullable String name, @Nullable String link) {}
}
