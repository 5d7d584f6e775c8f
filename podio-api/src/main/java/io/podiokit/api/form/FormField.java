package io.podiokit.api.form;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * A field of the app shown on a form.
 *
 * @param fieldId the app field's id
 * @param settings how the form shows it, as Podio sends it
 */
public record FormField(@Json(name = "field_id") long fieldId, Map<String, Object> settings) {

  /**
   * Copies.
   *
   * @param fieldId the app field's id
   * @param settings how the form shows it, as Podio sends it
   */
  public FormField {
    settings = Map.copyOf(settings);
  }

  /**
   * A field with Podio's default settings.
   *
   * @param fieldId the app field's id
   * @return the field
   */
  public static FormField of(long fieldId) {
    return new FormField(fieldId, Map.of());
  }
}
