package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field of an item with its values, as Podio sends it; {@link #typedValues()} reads the values by the field's
 * type.
 *
 * @param fieldId the field's id
 * @param externalId the field's external id
 * @param type the field's type ({@code text}, {@code number}, {@code category}, {@code app}, ...)
 * @param label the field's label
 * @param config the field's settings as Podio sends them; empty when not sent
 * @param values the values as Podio sends them (e.g. {@code {"value": "text"}}); empty when the field is empty
 */
public record ItemField(@Json(name = "field_id") long fieldId, @Json(name = "external_id") @Nullable String externalId,
                        @Nullable String type, @Nullable String label, Map<String, Object> config,
                        List<Map<String, Object>> values) {

  /**
   * The values, typed by the field's type; a value of an unmodelled type or shape is a {@link FieldValue.Unknown}.
   *
   * @return the typed values, empty when the field is empty
   */
  public List<FieldValue> typedValues() {
    return FieldValue.of(type, values);
  }

  /**
   * The values of type {@code kind}, e.g. {@code all(FieldValue.Category.class)}.
   *
   * @param kind the value type
   * @param <T> the value type
   * @return the values that are of that type
   */
  public <T extends FieldValue> List<T> all(Class<T> kind) {
    return typedValues().stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The first value if it is of type {@code kind}.
   *
   * @param kind the value type
   * @param <T> the value type
   * @return the first value, or empty when the field is empty or of another type
   */
  public <T extends FieldValue> Optional<T> first(Class<T> kind) {
    List<FieldValue> typed = typedValues();
    return typed.isEmpty() || !kind.isInstance(typed.get(0)) ? Optional.empty() : Optional.of(kind.cast(typed.get(0)));
  }
}
