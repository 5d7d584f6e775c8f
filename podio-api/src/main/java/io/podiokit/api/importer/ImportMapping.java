package io.podiokit.api.importer;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which spreadsheet column goes to which field of an app: the body of an item import and of a preview.
 *
 * @param mappings one entry per field
 * @param tagsColumnId the column whose values become tags, or {@code null}
 */
public record ImportMapping(List<Field> mappings, @Json(name = "tags_column_id") @Nullable Long tagsColumnId) {

  /**
   * Checks and copies.
   *
   * @param mappings one entry per field
   * @param tagsColumnId the column whose values become tags, or {@code null}
   */
  public ImportMapping {
    mappings = List.copyOf(Objects.requireNonNull(mappings, "mappings == null"));
    if (mappings.isEmpty()) {
      throw new IllegalArgumentException("mappings must map at least one field");
    }
  }

  /**
   * A mapping without tags.
   *
   * @param fields the fields
   * @return the mapping
   */
  public static ImportMapping of(Field... fields) {
    return new ImportMapping(List.of(fields), null);
  }

  /**
   * One field's source.
   *
   * @param fieldId the app field
   * @param unique whether the field's values identify an item (rows with a known value update it)
   * @param value the field's source columns, e.g. {@code {"value_column_id": 1}}, for money also
   *     {@code currency_column_id}
   */
  public record Field(@Json(name = "field_id") long fieldId, boolean unique, Map<String, Object> value) {

    /**
     * Copies.
     *
     * @param fieldId the app field
     * @param unique whether the field's values identify an item (rows with a known value update it)
     * @param value the field's source columns, e.g. {@code {"value_column_id": 1}}, for money also {@code
     *     currency_column_id}
     */
    public Field {
      value = Map.copyOf(Objects.requireNonNull(value, "value == null"));
    }

    /**
     * A field filled from one column.
     *
     * @param fieldId the app field
     * @param columnId the column
     * @return the field
     */
    public static Field of(long fieldId, long columnId) {
      return new Field(fieldId, false, Map.of("value_column_id", columnId));
    }
  }
}
