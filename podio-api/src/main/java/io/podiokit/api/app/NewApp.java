package io.podiokit.api.app;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@link AppService#create(NewApp)}: the workspace, the settings and the fields of a new app.
 *
 * @param spaceId the workspace
 * @param config the app's name and wording
 * @param fields its fields
 */
public record NewApp(@Json(name = "space_id") long spaceId, App.Config config, List<FieldConfig.NewField> fields) {
  /**
   * Checks and copies.
   *
   * @param spaceId see the record
   * @param config see the record
   * @param fields see the record
   */
  public NewApp {
    Objects.requireNonNull(config, "config == null");
    fields = List.copyOf(fields);
  }
}
