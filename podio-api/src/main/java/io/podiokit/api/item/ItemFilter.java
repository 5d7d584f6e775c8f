package io.podiokit.api.item;

import com.squareup.moshi.Json;
import io.podiokit.api.QueryOptions;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link ItemService#filter(long, ItemFilter)}: conditions on fields by type, the order, the page, and
 * whether Podio remembers it as the user's last view.
 *
 * <pre>{@code
 * ItemFilter open = ItemFilter.builder()
 *     .category("status", 1)
 *     .range("count", 1, 10)
 *     .date("due", LocalDate.of(2026, 1, 1), null)
 *     .sortBy("created_on", true)
 *     .build();
 * }</pre>
 *
 * @param filters the conditions by field external id, field id or attribute ({@code created_on}, ...)
 * @param sortBy a field's external id or id, or {@code created_on}, {@code last_edit_on}, {@code title}, ...;
 *     {@code null} for Podio's default
 * @param sortDesc sort descending; {@code null} for Podio's default
 * @param limit at most this many items (1 to 500; Podio's default is 30)
 * @param offset skip this many
 * @param remember store this filter as the user's last view of the app
 */
public record ItemFilter(Map<String, Object> filters, @Json(name = "sort_by") @Nullable String sortBy,
                         @Json(name = "sort_desc") @Nullable Boolean sortDesc, @Nullable Integer limit,
                         @Nullable Integer offset, @Nullable Boolean remember) {

  /** The largest page Podio serves. */
  public static final int MAX_LIMIT = 500;

  /**

   * Checks and copies.

   *

   * @param filters see the record

   * @param sortBy see the record

   * @param sortDesc see the record

   * @param limit see the record

   * @param offset see the record

   * @param remember see the record

   */

  /**
   * Creates the record, checking its components.
   *
   * @param remember store this filter as the user's last view of the app
   * @param limit at most this many items (1 to 500)
   * @param offset skip this many
   * @param sortBy a field's external id or id, or {@code created_on}, ...; {@code null} for Podio's default
   * @param sortDesc sort descending
   * @param filters conditions by field external id or id, e.g. {@code Map.of("status", 1)}; empty for all items
   */
  public ItemFilter {
    Objects.requireNonNull(filters, "filters == null");
    filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    if (limit != null) {
      QueryOptions.checkLimit(limit, MAX_LIMIT);
    }
    if (offset != null) {
      QueryOptions.checkOffset(offset);
    }
  }

  /**
   * Every item, in Podio's default order.
   *
   * @return the filter
   */
  public static ItemFilter all() {
    return builder().build();
  }

  /**
   * The first {@code limit} items, unfiltered, in Podio's default order.
   *
   * @param limit 1 to 500
   * @return the filter
   */
  public static ItemFilter first(int limit) {
    return builder().limit(limit).build();
  }

  /**
   * A builder without conditions.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * This filter for one page.
   *
   * @param offset skip this many
   * @param limit at most this many
   * @return a copy with that page
   */
  public ItemFilter page(int offset, int limit) {
    return new ItemFilter(filters, sortBy, sortDesc, limit, offset, remember);
  }

  /** Builds an {@link ItemFilter}; each condition replaces an earlier one on the same key. */
  public static final class Builder {
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private @Nullable String sortBy;
    private @Nullable Boolean sortDesc;
    private @Nullable Integer limit;
    private @Nullable Integer offset;
    private @Nullable Boolean remember;

    private Builder() {}

    /**
     * Items whose text field {@code field} contains {@code text}.
     *
     * @param field the field's external id or id
     * @param text the text to find
     * @return this builder
     */
    public Builder text(String field, String text) {
      return filter(field, Objects.requireNonNull(text, "text == null"));
    }

    /**
     * Items whose number, money, progress, duration or calculation field {@code field} lies in a range.
     *
     * @param field the field's external id or id
     * @param from the lowest value, or {@code null} for no lower bound
     * @param to the highest value, or {@code null} for no upper bound
     * @return this builder
     */
    public Builder range(String field, @Nullable Number from, @Nullable Number to) {
      if (from == null && to == null) {
        throw new IllegalArgumentException("a range needs from, to or both");
      }
      Map<String, Object> range = new LinkedHashMap<>();
      if (from != null) {
        range.put("from", JsonValues.number(from, "from"));
      }
      if (to != null) {
        range.put("to", JsonValues.number(to, "to"));
      }
      return filter(field, range);
    }

    /**
     * Items whose date field (or {@code created_on}) lies in a range of days.
     *
     * @param field the field's external id or id, or {@code created_on}
     * @param from the first day, or {@code null}
     * @param to the last day, or {@code null}
     * @return this builder
     */
    public Builder date(String field, @Nullable LocalDate from, @Nullable LocalDate to) {
      if (from == null && to == null) {
        throw new IllegalArgumentException("a date range needs from, to or both");
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("to " + to + " is before from " + from);
      }
      Map<String, Object> range = new LinkedHashMap<>();
      if (from != null) {
        range.put("from", from.toString());
      }
      if (to != null) {
        range.put("to", to.toString());
      }
      return filter(field, range);
    }

    /**
     * Items with any of these options chosen in category field {@code field}.
     *
     * @param field the field's external id or id
     * @param optionIds the options' ids
     * @return this builder
     */
    public Builder category(String field, long... optionIds) {
      return filter(field, JsonValues.ids(optionIds, "optionIds"));
    }

    /**
     * Items whose app (relationship) field {@code field} points at any of these items.
     *
     * @param field the field's external id or id
     * @param itemIds the items' ids
     * @return this builder
     */
    public Builder relation(String field, long... itemIds) {
      return filter(field, JsonValues.ids(itemIds, "itemIds"));
    }

    /**
     * Items whose contact field {@code field} holds any of these profiles.
     *
     * @param field the field's external id or id
     * @param profileIds the profiles' ids
     * @return this builder
     */
    public Builder contact(String field, long... profileIds) {
      return filter(field, JsonValues.ids(profileIds, "profileIds"));
    }

    /**
     * Any condition as Podio's filter takes it.
     *
     * @param key a field's external id or id, or an attribute ({@code created_by}, ...)
     * @param value a JSON value: a string, a number, a list of ids, a {@code {from, to}} map, ...
     * @return this builder
     */
    public Builder filter(String key, Object value) {
      filters.put(JsonValues.key(key), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    /**
     * The order.
     *
     * @param sortBy a field's external id or id, or {@code created_on}, {@code last_edit_on}, {@code title}, ...
     * @param descending highest first
     * @return this builder
     */
    public Builder sortBy(String sortBy, boolean descending) {
      this.sortBy = JsonValues.key(sortBy);
      this.sortDesc = descending;
      return this;
    }

    /**
     * The page size.
     *
     * @param limit 1 to 500
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The page start.
     *
     * @param offset items to skip
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Whether Podio stores the filter as the user's last view of the app.
     *
     * @param remember true to store it
     * @return this builder
     */
    public Builder remember(boolean remember) {
      this.remember = remember;
      return this;
    }

    /**
     * The filter.
     *
     * @return the filter
     */
    public ItemFilter build() {
      return new ItemFilter(filters, sortBy, sortDesc, limit, offset, remember);
    }
  }
}
