package io.podiokit.api.reference;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link ReferenceService#search(ReferenceSearch)}: objects to point at, by text, for a target.
 *
 * @param target what will point: {@code item_field} (a relationship field; {@code target_params} has its
 *     {@code field_id}), {@code task_reference}, {@code alert}, ...
 * @param targetParams the target's parameters
 * @param text text the objects' titles contain
 * @param limit at most this many per group, or {@code null}
 */
public record ReferenceSearch(String target, @Json(name = "target_params") Map<String, Object> targetParams,
                              String text, @Nullable Integer limit) {

  /**

   * Checks and copies.

   *

   * @param target see the record

   * @param targetParams see the record

   * @param text see the record

   * @param limit see the record

   */

  public ReferenceSearch {
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(text, "text == null");
    targetParams = Map.copyOf(targetParams);
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }

  /**
   * Items a relationship field can point at.
   *
   * @param fieldId the relationship field
   * @param text text their titles contain
   * @return the body
   */
  public static ReferenceSearch itemField(long fieldId, String text) {
    return new ReferenceSearch("item_field", Map.of("field_id", fieldId), text, null);
  }

  /**
   * One group of results.
   *
   * @param name the group's name ({@code Items}, {@code Apps}, ...)
   * @param contents the objects
   */
  public record Group(@Nullable String name, List<Reference> contents) {}
}
