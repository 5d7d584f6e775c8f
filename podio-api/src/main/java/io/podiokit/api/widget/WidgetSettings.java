package io.podiokit.api.widget;

import java.util.Map;
import java.util.Objects;

/**
 * The body that adds or changes a widget.
 *
 * @param type e.g. {@code text}, {@code image}, {@code link}, {@code tag_cloud}, {@code contacts}, {@code app_view};
 *     an update must send the widget's own type
 * @param title its title
 * @param config its settings, e.g. {@code {"text": "..."}} for a text widget, {@code {"app_id": 1}} for an app view
 */
public record WidgetSettings(String type, String title, Map<String, Object> config) {

  /**
   * Checks and copies.
   *
   * @param type e.g. {@code text}, {@code image}, {@code link}, {@code tag_cloud}, {@code contacts}, {@code app_view};
   *     an update must send the widget's own type
   * @param title its title
   * @param config its settings, e.g. {@code {"text": "..."}} for a text widget, {@code {"app_id": 1}} for an app view
   */
  public WidgetSettings {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(title, "title == null");
    config = Map.copyOf(Objects.requireNonNull(config, "config == null"));
  }

  /**
   * A widget.
   *
   * @param type its type
   * @param title its title
   * @param config its settings
   * @return the body
   */
  public static WidgetSettings of(String type, String title, Map<String, Object> config) {
    return new WidgetSettings(type, title, config);
  }
}
