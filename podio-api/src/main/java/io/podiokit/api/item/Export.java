package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link ItemService#export(long, String, Export)}: which items go into the export.
 *
 * @param filters the conditions, as in {@link ItemFilter#filters()}
 * @param viewId a view whose filters apply, or {@code null}
 */
public record Export(Map<String, Object> filters, @Json(name = "view_id") @Nullable Long viewId) {

  /**

   * Copies.

   *

   * @param filters see the record

   * @param viewId see the record

   */

  public Export {
    filters = Map.copyOf(Objects.requireNonNull(filters, "filters == null"));
  }

  /**
   * The items {@code filter} matches.
   *
   * @param filter the conditions
   * @return the body
   */
  public static Export of(ItemFilter filter) {
    return new Export(filter.filters(), null);
  }

  /**
   * Podio's answer: the export runs as a batch.
   *
   * @param batchId the batch's id
   */
  public record Started(@Json(name = "batch_id") long batchId) {}
}
