package io.podiokit.api.view;

import com.squareup.moshi.Json;
import io.podiokit.api.item.ItemFilter;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates a view or sets the user's last view: its name, conditions and order.
 *
 * <pre>{@code
 * long viewId = api.views().create(appId, ViewDefinition.of("Open", ItemFilter.builder().category("status", 1).build()))
 *     .viewId();
 * }</pre>
 *
 * @param name the view's name ({@code null} for the last view)
 * @param privateView whether only its creator sees it
 * @param sortBy the order's field or attribute
 * @param sortDesc whether the order is descending
 * @param filters the conditions, as in {@link ItemFilter#filters()}
 * @param layout {@code table}, {@code badge}, {@code card}, ...
 */
public record ViewDefinition(@Nullable String name, @Json(name = "private") @Nullable Boolean privateView,
                             @Json(name = "sort_by") @Nullable String sortBy,
                             @Json(name = "sort_desc") @Nullable Boolean sortDesc, Map<String, Object> filters,
                             @Nullable String layout) {

  /**

   * Copies.

   *

   * @param name see the record

   * @param privateView see the record

   * @param sortBy see the record

   * @param sortDesc see the record

   * @param filters see the record

   * @param layout see the record

   */

  public ViewDefinition {
    filters = Map.copyOf(Objects.requireNonNull(filters, "filters == null"));
  }

  /**
   * A shared view named {@code name} with the conditions and order of {@code filter}.
   *
   * @param name the view's name
   * @param filter its conditions and order
   * @return the definition
   */
  public static ViewDefinition of(String name, ItemFilter filter) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new ViewDefinition(name, false, filter.sortBy(), filter.sortDesc(), filter.filters(), null);
  }

  /**
   * The conditions and order of {@code filter}, unnamed: the body of
   * {@link ViewService#updateLastView(long, ViewDefinition)}.
   *
   * @param filter the conditions and order
   * @return the definition
   */
  public static ViewDefinition last(ItemFilter filter) {
    return new ViewDefinition(null, null, filter.sortBy(), filter.sortDesc(), filter.filters(), null);
  }

  /**
   * Podio's answer to creating a view.
   *
   * @param viewId the new view's id
   */
  public record Created(@Json(name = "view_id") long viewId) {}
}
