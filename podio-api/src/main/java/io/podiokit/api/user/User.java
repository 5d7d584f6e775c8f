package io.podiokit.api.user;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user account: the caller's own ({@code GET /user}, {@code GET /user/status}) or one listed as an administrator or
 * member, which then carries the profile's id, name and avatar.
 *
 * @param userId the user's id
 * @param profileId the id of the user's profile, when listed with it
 * @param name the user's name, when listed with the profile
 * @param avatar the file id of the user's avatar, when listed with the profile
 * @param link the user's profile URL, when listed with the profile
 * @param mail the primary e-mail address
 * @param status the account's status, e.g. {@code active} or {@code inactive}
 * @param locale the user's locale, e.g. {@code en_GB}
 * @param timezone the user's time zone, e.g. {@code Europe/Copenhagen}
 * @param type the account type, e.g. {@code user}
 * @param createdOn when the account was created, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param flags the account's flags; empty when not sent
 * @param mails every e-mail address of the account; empty when not sent
 */
public record User(@Json(name = "user_id") long userId, @Json(name = "profile_id") @Nullable Long profileId,
                   @Nullable String name, @Nullable Long avatar, @Nullable String link, @Nullable String mail,
                   @Nullable String status, @Nullable String locale, @Nullable String timezone,
                   @Nullable String type, @Json(name = "created_on") @Nullable String createdOn, List<String> flags,
                   List<Mail> mails) {

  /**
   * One e-mail address of an account.
   *
   * @param mail the address
   * @param verified whether it was verified
   * @param primary whether it is the primary address
   * @param disabled whether mail to it is disabled
   */
  public record Mail(String mail, @Nullable Boolean verified, @Nullable Boolean primary,
                     @Nullable Boolean disabled) {}
}
