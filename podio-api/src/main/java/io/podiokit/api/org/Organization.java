package io.podiokit.api.org;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organization the user belongs to, with the workspaces the user can see.
 *
 * @param orgId the organization's id
 * @param name its name
 * @param url its URL on podio.com
 * @param urlLabel the label in its URL
 * @param type {@code free}, {@code sponsored} or {@code premium}
 * @param role the user's role in it: {@code light}, {@code regular} or {@code admin}
 * @param spaces the workspaces of it the user can see; empty when not sent
 */
public record Organization(@Json(name = "org_id") long orgId, String name, @Nullable String url,
                           @Json(name = "url_label") @Nullable String urlLabel, @Nullable String type,
                           @Nullable String role, List<Space> spaces) {

  /**
   * A workspace.
   *
   * @param spaceId the workspace's id
   * @param name its name
   * @param url its URL on podio.com
   * @param role the user's role in it
   */
  public record Space(@Json(name = "space_id") long spaceId, String name, @Nullable String url,
                      @Nullable String role) {}
}
