package io.podiokit.api.space;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The answer to creating a workspace.
 *
 * @param spaceId the new workspace's id
 * @param url its URL on podio.com
 */
public record SpaceCreated(@Json(name = "space_id") long spaceId, @Nullable String url) {}
