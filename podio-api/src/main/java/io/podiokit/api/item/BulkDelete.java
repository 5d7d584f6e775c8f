package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link ItemService#bulkDelete(long, BulkDelete)}: the items to delete, by id or by filter.
 *
 * @param itemIds the items' ids, or {@code null} when deleting by filter
 * @param filters the conditions, or {@code null} when deleting by id
 */
public record BulkDelete(@Json(name = "item_ids") @Nullable List<Long> itemIds,
                         @Nullable Map<String, Object> filters) {

  /**
   * These items.
   *
   * @param itemIds the items' ids
   * @return the body
   */
  public static BulkDelete items(long... itemIds) {
    if (itemIds.length == 0) {
      throw new IllegalArgumentException("no item ids given");
    }
    return new BulkDelete(JsonValues.ids(itemIds, "itemIds"), null);
  }

  /**
   * The items {@code filter} matches.
   *
   * @param filter the conditions
   * @return the body
   */
  public static BulkDelete matching(ItemFilter filter) {
    return new BulkDelete(null, filter.filters());
  }

  /**
   * Podio's answer.
   *
   * @param deleted items deleted at once
   * @param pending items left to be deleted in the background
   */
  public record Result(long deleted, long pending) {}
}
