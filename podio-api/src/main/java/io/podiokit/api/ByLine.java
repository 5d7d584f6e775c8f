package io.podiokit.api;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Who did something, as Podio shows it on objects ({@code created_by}, {@code completed_by}, ...): a user, an app, a
 * system process.
 *
 * @param type {@code user}, {@code app}, {@code system}, ...
 * @param id the user's or app's id
 * @param userId the user id when {@code type} is {@code user}
 * @param name the name shown
 * @param url where the profile or app is on podio.com
 * @param avatar the file id of the avatar image, if any
 */
public record ByLine(@Nullable String type, long id, @Json(name = "user_id") @Nullable Long userId,
                     @Nullable String name, @Nullable String url, @Nullable Long avatar) {

  /** {@return whether this is a user (and not an app or the system)} */
  public boolean isUser() {
    return "user".equals(type);
  }
}
