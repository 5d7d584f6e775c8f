package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link ItemService#calculate(long, Calculation)}: an aggregation over the items a filter matches.
 *
 * @param aggregation {@code count}, {@code sum}, {@code average}, {@code min} or {@code max}
 * @param fieldId the number, money, progress, duration or calculation field aggregated ({@code null} for count)
 * @param filters the conditions, as in {@link ItemFilter#filters()}
 */
public record Calculation(String aggregation, @Json(name = "field_id") @Nullable Long fieldId,
                          Map<String, Object> filters) {

  /** The aggregations Podio offers. */
  public static final Set<String> AGGREGATIONS = Set.of("count", "sum", "average", "min", "max");

  /**

   * Checks and copies.

   *

   * @param aggregation see the record

   * @param fieldId see the record

   * @param filters see the record

   */

  public Calculation {
    Objects.requireNonNull(aggregation, "aggregation == null");
    if (!AGGREGATIONS.contains(aggregation)) {
      throw new IllegalArgumentException("aggregation must be one of " + AGGREGATIONS + ", was '" + aggregation + "'");
    }
    if (fieldId == null && !aggregation.equals("count")) {
      throw new IllegalArgumentException(aggregation + " needs a fieldId");
    }
    filters = Map.copyOf(Objects.requireNonNull(filters, "filters == null"));
  }

  /**
   * {@code aggregation} of field {@code fieldId} over the items {@code filter} matches.
   *
   * @param aggregation {@code sum}, {@code average}, {@code min} or {@code max}
   * @param fieldId the field
   * @param filter the items
   * @return the body
   */
  public static Calculation of(String aggregation, long fieldId, ItemFilter filter) {
    return new Calculation(aggregation, fieldId, filter.filters());
  }

  /**
   * How many items {@code filter} matches.
   *
   * @param filter the items
   * @return the body
   */
  public static Calculation count(ItemFilter filter) {
    return new Calculation("count", null, filter.filters());
  }

  /**
   * Podio's answer.
   *
   * @param aggregation the aggregation made
   * @param fieldId the field aggregated
   * @param result the result; {@code null} when no item had a value
   * @param count how many items were aggregated
   */
  public record Result(@Nullable String aggregation, @Json(name = "field_id") @Nullable Long fieldId,
                       @Nullable Double result, @Nullable Long count) {}
}
