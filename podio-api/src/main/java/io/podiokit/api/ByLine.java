package io.podiokit.api;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Who created or changed something, as Podio's answers name them ({@code created_by}, {@code user}, ...): a user,
 * an app or a system actor.
 *
 * @param type {@code user}, {@code app} or {@code system}
 * @param id the user's or app's id
 * @param name the display name
 * @param userId the user's id, when Podio sends it apart
 * @param avatar the avatar's file id, if any
 */
public record ByLine(@Nullable String type, long id, @Nullable String name,
                     @Json(name = "user_id") @Nullable Long userId, @Nullable Long avatar) {}
