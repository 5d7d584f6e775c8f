package io.podiokit.api.app;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Podio app: its settings and its fields.
 *
 * @param appId the app's id
 * @param spaceId the workspace it lives in
 * @param status {@code active}, {@code inactive} or {@code deleted}
 * @param url its URL on podio.com
 * @param config its name and wording
 * @param fields its fields; empty when not sent
 */
public record App(@Json(name = "app_id") long appId, @Json(name = "space_id") @Nullable Long spaceId, @Nullable String status,
                  @Nullable String url, @Nullable Config config, List<Field> fields) {

  /**
   * An app's settings.
   *
   * @param name the app's name
   * @param itemName what one item is called
   * @param description the app's description
   */
  public record Config(@Nullable String name, @Json(name = "item_name") @Nullable String itemName,
                       @Nullable String description) {}

  /**
   * A field of an app.
   *
   * @param fieldId the field's id
   * @param externalId its external id, used to set it on items
   * @param type e.g. {@code text}, {@code number}, {@code date}, {@code category}, {@code app}
   * @param label its label
   * @param config its settings as Podio sends them
   */
  public record Field(@Json(name = "field_id") long fieldId, @Json(name = "external_id") @Nullable String externalId,
                      @Nullable String type, @Nullable String label, @Nullable Map<String, Object> config) {}
}
