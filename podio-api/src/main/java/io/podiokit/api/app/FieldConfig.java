package io.podiokit.api.app;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field's settings: its label and the type's own settings (a category's {@code options} and {@code multiple}, a
 * relationship's {@code referenced_apps}, a money field's {@code allowed_currencies}, ...). Read from
 * {@link App.Field#config()}, written by {@link AppService#updateField(long, long, FieldConfig)}.
 *
 * @param label the label
 * @param description the help text
 * @param required whether items must have a value
 * @param delta its position among the app's fields
 * @param settings the type's own settings; empty when none
 */
public record FieldConfig(@Nullable String label, @Nullable String description, @Nullable Boolean required,
                          @Nullable Integer delta, Map<String, Object> settings) {

  /**
   * A label and the type's settings.
   *
   * @param label the label
   * @param settings the type's settings, e.g. {@code Map.of("options", List.of(Map.of("text", "Open")))}
   * @return the config
   */
  public static FieldConfig of(String label, Map<String, Object> settings) {
    Objects.requireNonNull(label, "label == null");
    return new FieldConfig(label, null, null, null, Map.copyOf(settings));
  }

  /**
   * A label, without settings.
   *
   * @param label the label
   * @return the config
   */
  public static FieldConfig of(String label) {
    return of(label, Map.of());
  }

  /**
   * The setting {@code name}, e.g. {@code "options"}.
   *
   * @param name the setting
   * @return its value, or {@code null}
   */
  public @Nullable Object setting(String name) {
    return settings.get(name);
  }

  /**
   * A field to add to an app: its type, settings and external id.
   *
   * @param type {@code text}, {@code number}, {@code category}, {@code app}, {@code date}, ...
   * @param config its label and settings
   * @param externalId its external id, or {@code null} to let Podio make one from the label
   */
  public record NewField(String type, FieldConfig config, @Json(name = "external_id") @Nullable String externalId) {
    /**
     * Checks.
     *
     * @param type see the record
     * @param config see the record
     * @param externalId see the record
     */
    public NewField {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(config, "config == null");
    }
  }
}
