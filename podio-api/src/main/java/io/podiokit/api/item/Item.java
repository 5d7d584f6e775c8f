package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An item of an app.
 *
 * @param itemId the item's id
 * @param appItemId its number within its app
 * @param title its title
 * @param link its URL on podio.com
 * @param externalId its external id, if one was set
 * @param revision its current revision
 * @param fields its field values; empty when not sent
 */
public record Item(@Json(name = "item_id") long itemId, @Json(name = "app_item_id") long appItemId,
                   @Nullable String title, @Nullable String link, @Json(name = "external_id") @Nullable String externalId,
                   int revision, List<Field> fields) {

  /**
   * One field's values on an item.
   *
   * @param fieldId the field's id
   * @param externalId the field's external id
   * @param type the field's type
   * @param label the field's label
   * @param values the values, each as Podio sends it (e.g. {@code {"value": "text"}})
   */
  public record Field(@Json(name = "field_id") long fieldId, @Json(name = "external_id") @Nullable String externalId,
                      @Nullable String type, @Nullable String label, List<Map<String, Object>> values) {}
}
