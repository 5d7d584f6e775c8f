package io.podiokit.api.item;

import com.squareup.moshi.Json;
import java.util.Objects;

/**
 * What an item is linked to, e.g. {@code new ItemRef("task", 42)}; the body of
 * {@link ItemService#updateRef(long, ItemRef)}.
 *
 * @param type the object's type ({@code task}, {@code status}, {@code item}, ...)
 * @param id the object's id
 */
public record ItemRef(@Json(name = "ref_type") String type, @Json(name = "ref_id") long id) {
  /**
   * Checks.
   *
   * @param type see the record
   * @param id see the record
   */
  public ItemRef {
    Objects.requireNonNull(type, "type == null");
    if (type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
  }
}
