package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ItemService#filter(long, ItemFilter)} asks for.
 *
 * @param limit at most this many items (1 to 500)
 * @param offset skip this many
 * @param sortBy a field's external id or id, or {@code created_on}, ...; {@code null} for Podio's default
 * @param sortDesc sort descending
 * @param filters conditions by field external id or id, e.g. {@code Map.of("status", 1)}; empty for all items
 */
public record ItemFilter(int limit, int offset, @Json(name = "sort_by") @Nullable String sortBy,
                         @Json(name = "sort_desc") boolean sortDesc, Map<String, Object> filters) {

  public ItemFilter {
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be between 1 and 500, was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    Objects.requireNonNull(filters, "filters == null");
    filters = Map.copyOf(filters);
  }

  /** The first {@code limit} items, unfiltered, in Podio's default order. */
  public static ItemFilter first(int limit) {
    return new ItemFilter(limit, 0, null, false, Map.of());
  }
}
