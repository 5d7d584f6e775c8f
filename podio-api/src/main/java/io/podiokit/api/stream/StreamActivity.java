package io.podiokit.api.stream;

import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened to a stream object: it was created or updated, commented on, a file was added, ...
 *
 * @param id the activity's id
 * @param type the type of the object the activity concerns ({@code item}, {@code comment}, {@code file}, ...)
 * @param activityType what happened: {@code creation}, {@code update}, {@code comment}, {@code file}, ...
 * @param data the ids and values Podio sends with it (e.g. {@code comment_id}); empty when not sent
 * @param createdOn when, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who did it
 */
public record StreamActivity(long id, @Nullable String type, @Json(name = "activity_type") @Nullable String activityType,
                             Map<String, Object> data, @Json(name = "created_on") @Nullable String createdOn,
                             @Json(name = "created_by") @Nullable ByLine createdBy) {}
