package io.podiokit.api.app;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Podio app: its settings and its fields. Every view parses (a micro app has only {@code app_id} and a name).
 *
 * @param appId the app's id
 * @param spaceId the workspace it lives in
 * @param status {@code active}, {@code inactive} or {@code deleted}
 * @param urlLabel its name in URLs
 * @param link its URL on podio.com
 * @param url its URL on podio.com (older name of {@code link})
 * @param config its name and wording
 * @param fields its fields; empty when not sent
 */
public record App(@Json(name = "app_id") long appId, @Json(name = "space_id") @Nullable Long spaceId,
                  @Nullable String status, @Json(name = "url_label") @Nullable String urlLabel, @Nullable String link,
                  @Nullable String url, @Nullable Config config, List<Field> fields) {

  /**
   * The field with external id {@code externalId}.
   *
   * @param externalId the field's external id
   * @return the field, or empty
   */
  public Optional<Field> field(String externalId) {
    Objects.requireNonNull(externalId, "externalId == null");
    return fields.stream().filter(f -> externalId.equals(f.externalId())).findFirst();
  }

  /**
   * An app's settings; also the {@code config} written when creating or updating an app.
   *
   * @param name the app's name
   * @param itemName what one item is called
   * @param description the app's description
   * @param usage how the app is meant to be used
   * @param icon its icon, e.g. {@code 327.png}
   * @param type {@code standard}, {@code meeting} or {@code contact}
   * @param externalId the app's external id
   */
  public record Config(@Nullable String name, @Json(name = "item_name") @Nullable String itemName,
                       @Nullable String description, @Nullable String usage, @Nullable String icon,
                       @Nullable String type, @Json(name = "external_id") @Nullable String externalId) {

    /**
     * A standard app's settings with a name and an item name.
     *
     * @param name the app's name
     * @param itemName what one item is called
     * @return the settings
     */
    public static Config of(String name, String itemName) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(itemName, "itemName == null");
      return new Config(name, itemName, null, null, null, "standard", null);
    }
  }

  /**
   * A field of an app.
   *
   * @param fieldId the field's id
   * @param externalId its external id, used to set it on items
   * @param type e.g. {@code text}, {@code number}, {@code date}, {@code category}, {@code app}
   * @param label its label
   * @param status {@code active} or {@code deleted}
   * @param config its settings
   */
  public record Field(@Json(name = "field_id") long fieldId, @Json(name = "external_id") @Nullable String externalId,
                      @Nullable String type, @Nullable String label, @Nullable String status,
                      @Nullable FieldConfig config) {}
}
