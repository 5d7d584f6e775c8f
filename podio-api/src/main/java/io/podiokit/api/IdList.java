package io.podiokit.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A non-empty list of ids sent as one path segment, joined by commas, as Podio takes them in
 * {@code /contact/{profile_ids}} and {@code /space/{space_id}/member/{user_ids}}. Service methods declare it as a
 * {@code @Path} parameter; its {@link #toString()} is the segment.
 *
 * <pre>{@code
 * api.contacts().delete(IdList.of(500001, 500002));   // DELETE /contact/500001,500002
 * }</pre>
 *
 * @param ids the ids, in order; at least one, each positive
 */
public record IdList(List<Long> ids) {

  /**
   * Checks and copies the ids.
   *
   * @param ids at least one id, each positive
   * @throws IllegalArgumentException when there are no ids or one is not positive
   */
  public IdList {
    Objects.requireNonNull(ids, "ids == null");
    ids = List.copyOf(ids);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("at least one id is needed");
    }
    for (Long id : ids) {
      if (id <= 0) {
        throw new IllegalArgumentException("ids must be positive, got " + id + " in " + ids);
      }
    }
  }

  /**
   * The ids given.
   *
   * @param ids at least one id, each positive
   * @return the list
   */
  public static IdList of(long... ids) {
    Objects.requireNonNull(ids, "ids == null");
    return new IdList(Arrays.stream(ids).boxed().toList());
  }

  /**
   * The ids of a collection, in its iteration order.
   *
   * @param ids at least one id, each positive
   * @return the list
   */
  public static IdList of(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids == null");
    return new IdList(List.copyOf(ids));
  }

  /** The path segment: the ids joined by commas, e.g. {@code 500001,500002}. */
  @Override
  public String toString() {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
