package io.podiokit.api.embed;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A web address Podio has looked at, to show in an embed field or a comment. Write it into an item's embed field as
 * {@code {"embed": embedId}}.
 *
 * @param embedId the embed's id
 * @param originalUrl the address as given
 * @param resolvedUrl the address after redirects
 * @param type what it points at: {@code link}, {@code image}, {@code video}, {@code rich} or {@code unresolved}
 * @param title the page's title
 * @param description the page's description
 * @param createdOn when it was added, in UTC ({@code yyyy-MM-dd HH:mm:ss})
 * @param providerName who serves it (e.g. the host name)
 * @param embedHtml HTML to show it inline, if any
 * @param embedHeight the inline view's height, if any
 * @param embedWidth the inline view's width, if any
 * @param files thumbnails Podio made ({@code file_id}, {@code link}, ...); empty when none
 */
public record Embed(@Json(name = "embed_id") long embedId, @Json(name = "original_url") @Nullable String originalUrl,
                    @Json(name = "resolved_url") @Nullable String resolvedUrl, @Nullable String type,
                    @Nullable String title, @Nullable String description,
                    @Json(name = "created_on") @Nullable String createdOn,
                    @Json(name = "provider_name") @Nullable String providerName,
                    @Json(name = "embed_html") @Nullable String embedHtml,
                    @Json(name = "embed_height") @Nullable Integer embedHeight,
                    @Json(name = "embed_width") @Nullable Integer embedWidth, List<Map<String, Object>> files) {}
