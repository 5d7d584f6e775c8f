package io.podiokit.api.integration;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An app's integration.
 *
 * @param integrationId the integration's id
 * @param appId the app it feeds
 * @param status {@code inactive} until it has a mapping, then {@code active}
 * @param type the source's type
 * @param silent whether its changes make no notifications
 * @param config the source's settings, as Podio sends them
 * @param mapping the source's fields by the app's field ids
 * @param updating whether it is reading the source now
 * @param lastUpdatedOn when it last read the source (UTC, {@code yyyy-MM-dd HH:mm:ss}), or {@code null}
 * @param createdOn when it was made
 * @param createdBy who made it
 */
public record Integration(@Json(name = "integration_id") long integrationId, @Json(name = "app_id") @Nullable Long appId,
                          @Nullable String status, @Nullable String type, @Nullable Boolean silent,
                          Map<String, Object> config, Map<String, Object> mapping, @Nullable Boolean updating,
                          @Json(name = "last_updated_on") @Nullable String lastUpdatedOn,
                          @Json(name = "created_on") @Nullable String createdOn,
                          @Json(name = "created_by") @Nullable ByLine createdBy) {}
