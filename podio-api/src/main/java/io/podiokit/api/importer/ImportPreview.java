package io.podiokit.api.importer;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The item one row would give.
 *
 * @param fields the field values
 * @param tags the tags
 */
public record ImportPreview(List<Field> fields, List<String> tags) {

  /**
   * One field's values.
   *
   * @param fieldId the field's id
   * @param type its type
   * @param externalId its external id
   * @param label its label
   * @param values the values, as Podio sends an item's (e.g. {@code {"value": "text"}})
   */
  public record Field(@Json(name = "field_id") long fieldId, @Nullable String type,
                      @Json(name = "external_id") @Nullable String externalId, @Nullable String label,
                      List<Map<String, Object>> values) {}
}
