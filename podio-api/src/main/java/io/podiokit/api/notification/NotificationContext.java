package io.podiokit.api.notification;

import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The object a group of notifications is about.
 *
 * @param ref the object: {@code type} ({@code item}, {@code task}, {@code status}, ...) and {@code id}
 * @param title its title
 * @param link its URL on podio.com
 * @param data more of the object as Podio sends it; empty when not sent
 * @param commentCount how many comments it has
 * @param space the workspace it belongs to ({@code space_id}, {@code name}, ...); empty when none
 * @param org the organization it belongs to ({@code org_id}, {@code name}, ...); empty when none
 */
public record NotificationContext(@Nullable Ref ref, @Nullable String title, @Nullable String link,
                                  Map<String, Object> data, @Json(name = "comment_count") @Nullable Integer commentCount,
                                  Map<String, Object> space, Map<String, Object> org) {

  /**
   * A reference to an object.
   *
   * @param type the object's type: {@code item}, {@code task}, {@code status}, ...
   * @param id the object's id
   */
  public record Ref(@Nullable String type, long id) {}
}
