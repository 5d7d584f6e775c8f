package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one field changed between two revisions of an item.
 *
 * @param fieldId the field's id
 * @param externalId its external id
 * @param type its type
 * @param label its label
 * @param from the values before, as Podio sends them
 * @param to the values after
 */
public record FieldDiff(@Json(name = "field_id") long fieldId, @Json(name = "external_id") @Nullable String externalId,
                        @Nullable String type, @Nullable String label, List<Map<String, Object>> from,
                        List<Map<String, Object>> to) {

  /**
   * The values before, typed.
   *
   * @return the typed values
   */
  public List<FieldValue> fromValues() {
    return FieldValue.of(type, from);
  }

  /**
   * The values after, typed.
   *
   * @return the typed values
   */
  public List<FieldValue> toValues() {
    return FieldValue.of(type, to);
  }
}
