package io.podiokit.api.item;

import com.squareup.moshi.Json;
import io.podiokit.api.app.App;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An item of an app: its identity, its field values and when and by whom it was made. Every view parses (a micro item
 * has only {@code item_id} and {@code title}); look fields up by external id:
 *
 * <pre>{@code
 * Item item = api.items().item(itemId);
 * String status = item.value("status", FieldValue.Category.class).map(FieldValue.Category::text).orElse("-");
 * }</pre>
 *
 * @param itemId the item's id
 * @param appItemId its number within its app
 * @param title its title
 * @param link its URL on podio.com
 * @param externalId its external id, if one was set
 * @param revision its current revision (0 when never changed)
 * @param app its app (micro: id and name)
 * @param createdOn when it was created, UTC {@code yyyy-MM-dd HH:mm:ss}; see {@link #createdOnUtc()}
 * @param createdBy who created it
 * @param lastEventOn when it last changed, UTC; see {@link #lastEventOnUtc()}
 * @param fields the fields that have values; empty when not sent
 * @param tags its tags
 * @param ref what the item is linked to ({@code ref_type}/{@code ref_id}), or {@code null}
 */
public record Item(@Json(name = "item_id") long itemId, @Json(name = "app_item_id") @Nullable Long appItemId,
                   @Nullable String title, @Nullable String link, @Json(name = "external_id") @Nullable String externalId,
                   @Nullable Integer revision, @Nullable App app, @Json(name = "created_on") @Nullable String createdOn,
                   @Json(name = "created_by") @Nullable ByLine createdBy,
                   @Json(name = "last_event_on") @Nullable String lastEventOn, List<ItemField> fields,
                   List<String> tags, @Nullable ItemRef ref) {

  /**
   * The field with external id {@code externalId}, if the item has a value in it.
   *
   * @param externalId the field's external id
   * @return the field, or empty
   */
  public Optional<ItemField> field(String externalId) {
    Objects.requireNonNull(externalId, "externalId == null");
    return fields.stream().filter(f -> externalId.equals(f.externalId())).findFirst();
  }

  /**
   * The field with id {@code fieldId}, if the item has a value in it.
   *
   * @param fieldId the field's id
   * @return the field, or empty
   */
  public Optional<ItemField> field(long fieldId) {
    return fields.stream().filter(f -> f.fieldId() == fieldId).findFirst();
  }

  /**
   * The first value of the field {@code externalId}, if it has one of type {@code kind}.
   *
   * @param externalId the field's external id
   * @param kind the value type, e.g. {@code FieldValue.Text.class}
   * @param <T> the value type
   * @return the value, or empty
   */
  public <T extends FieldValue> Optional<T> value(String externalId, Class<T> kind) {
    return field(externalId).flatMap(f -> f.first(kind));
  }

  /**
   * Every value of the field {@code externalId} of type {@code kind} (categories, relations, contacts, tags, ...).
   *
   * @param externalId the field's external id
   * @param kind the value type
   * @param <T> the value type
   * @return the values, empty when the field is empty
   */
  public <T extends FieldValue> List<T> values(String externalId, Class<T> kind) {
    return field(externalId).map(f -> f.all(kind)).orElse(List.of());
  }

  /**
   * The fields' typed values by external id (or field id, as text, when a field has none), in the item's order.
   *
   * @return every field's values
   */
  public Map<String, List<FieldValue>> valuesByField() {
    Map<String, List<FieldValue>> out = new java.util.LinkedHashMap<>();
    for (ItemField f : fields) {
      String externalId = f.externalId();
      out.put(externalId != null ? externalId : Long.toString(f.fieldId()), f.typedValues());
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * When the item was created.
   *
   * @return the instant, or empty when not sent
   */
  public Optional<Instant> createdOnUtc() {
    return Times.utc(createdOn);
  }

  /**
   * When the item last changed.
   *
   * @return the instant, or empty when not sent
   */
  public Optional<Instant> lastEventOnUtc() {
    return Times.utc(lastEventOn);
  }
}
