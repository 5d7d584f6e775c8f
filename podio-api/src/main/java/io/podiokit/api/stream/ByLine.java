package io.podiokit.api.stream;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Who did something, as Podio names them in streams, notifications, search results and votes ({@code created_by}):
 * a user, an app or another actor.
 *
 * @param type what kind of actor: {@code user}, {@code app}, {@code system}, ...
 * @param id the actor's id (a user id for users, an app id for apps)
 * @param name the actor's display name
 * @param url the actor's page on podio.com
 * @param avatarId the file id of the actor's picture, if any
 */
public record ByLine(@Nullable String type, long id, @Nullable String name, @Nullable String url,
                     @Json(name = "avatar_id") @Nullable Long avatarId) {}
