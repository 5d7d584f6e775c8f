package io.podiokit.api.search;

import com.squareup.moshi.Json;
import io.podiokit.api.stream.ByLine;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One object a search found.
 *
 * @param type the object's type: {@code item}, {@code task}, {@code status}, ...
 * @param id the object's id
 * @param rank its place in the results, 1 for the best match
 * @param title its title
 * @param createdOn when it was created, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who created it
 * @param link its URL on podio.com
 * @param app its app ({@code app_id}, {@code config}, ...); empty when none
 * @param space its workspace ({@code space_id}, ...); empty when none
 * @param org its organization ({@code org_id}, ...); empty when none
 */
public record SearchResult(@Nullable String type, long id, @Nullable Integer rank, @Nullable String title,
                           @Json(name = "created_on") @Nullable String createdOn,
                           @Json(name = "created_by") @Nullable ByLine createdBy, @Nullable String link,
                           Map<String, Object> app, Map<String, Object> space, Map<String, Object> org) {}
