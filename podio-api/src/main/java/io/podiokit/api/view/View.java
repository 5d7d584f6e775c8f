package io.podiokit.api.view;

import com.squareup.moshi.Json;
import io.podiokit.api.item.ByLine;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A view: a saved filter and order of an app's items.
 *
 * @param viewId the view's id ({@code 0} for the user's unsaved last view)
 * @param name its name
 * @param type {@code private}, {@code shared} or {@code standard}
 * @param sortBy the order's field or attribute
 * @param sortDesc whether the order is descending
 * @param filters its conditions
 * @param layout {@code table}, {@code badge}, {@code card}, ...
 * @param createdOn when it was made, UTC
 * @param createdBy who made it
 * @param items how many items it shows
 */
public record View(@Json(name = "view_id") long viewId, @Nullable String name, @Nullable String type,
                   @Json(name = "sort_by") @Nullable String sortBy, @Json(name = "sort_desc") @Nullable Boolean sortDesc,
                   List<Filter> filters, @Nullable String layout, @Json(name = "created_on") @Nullable String createdOn,
                   @Json(name = "created_by") @Nullable ByLine createdBy, @Nullable Long items) {

  /**
   * One condition of a view.
   *
   * @param key a field's id or an attribute ({@code created_on}, ...)
   * @param values what the key must hold: a list of ids, a {@code {from, to}} range, a text
   */
  public record Filter(String key, @Nullable Object values) {}
}
