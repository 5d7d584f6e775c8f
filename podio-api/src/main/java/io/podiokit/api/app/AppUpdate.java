package io.podiokit.api.app;

import java.util.List;
import java.util.Objects;

/**
 * The body of {@link AppService#update(long, AppUpdate)}: the app's new settings, and fields to add.
 *
 * @param config the settings
 * @param fields fields to add; empty for none
 */
public record AppUpdate(App.Config config, List<FieldConfig.NewField> fields) {
  /**
   * Checks and copies.
   *
   * @param config see the record
   * @param fields see the record
   */
  public AppUpdate {
    Objects.requireNonNull(config, "config == null");
    fields = List.copyOf(fields);
  }
}
