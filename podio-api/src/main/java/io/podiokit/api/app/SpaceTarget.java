package io.podiokit.api.app;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The body of installs: the workspace to install into, and the shares it depends on.
 *
 * @param spaceId the workspace
 * @param dependencies ids of shares to install with it; empty for none
 */
public record SpaceTarget(@Json(name = "space_id") long spaceId, List<Long> dependencies) {
  /**
   * Copies.
   *
   * @param spaceId see the record
   * @param dependencies see the record
   */
  public SpaceTarget {
    dependencies = List.copyOf(dependencies);
  }

  /**
   * The workspace {@code spaceId}, without dependencies.
   *
   * @param spaceId the workspace
   * @return the body
   */
  public static SpaceTarget of(long spaceId) {
    return new SpaceTarget(spaceId, List.of());
  }
}
