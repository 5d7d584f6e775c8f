package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates or updates an item: field values by field id or external id, e.g.
 * {@code new ItemValues(Map.of("title", "Buy milk", "amount", 3))}.
 *
 * @param fields the values to set, keyed by field external id (or id as text)
 * @param externalId the item's own external id, or {@code null}
 */
public record ItemValues(Map<String, Object> fields, @Json(name = "external_id") @Nullable String externalId) {

  public ItemValues {
    Objects.requireNonNull(fields, "fields == null");
    fields = Map.copyOf(fields);
  }

  /** Field values without an external id. */
  public ItemValues(Map<String, Object> fields) {
    this(fields, null);
  }
}
