package io.podiokit.api.action;

import com.squareup.moshi.Json;
import io.podiokit.api.stream.ByLine;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened in a workspace and shows in its stream on its own, such as a member joining.
 *
 * @param actionId the action's id
 * @param type what happened, e.g. {@code space_member_join}
 * @param data the ids and values Podio sends with it ({@code space_id}, {@code user_id}, ...); empty when not sent
 * @param text what Podio shows for it
 * @param createdOn when it happened, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who did it
 * @param comments its comments ({@code comment_id}, {@code value}, ...); empty when none
 */
public record Action(@Json(name = "action_id") long actionId, @Nullable String type, Map<String, Object> data,
                     @Nullable String text, @Json(name = "created_on") @Nullable String createdOn,
                     @Json(name = "created_by") @Nullable ByLine createdBy, List<Map<String, Object>> comments) {}
