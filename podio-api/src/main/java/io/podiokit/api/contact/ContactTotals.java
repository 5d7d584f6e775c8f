package io.podiokit.api.contact;

import io.podiokit.api.org.Organization;
import io.podiokit.api.space.Space;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /contact/totals/v3/}: how many contacts the user has, by organization and workspace.
 *
 * @param count all contacts
 * @param orgs the count per organization; empty when not sent
 */
public record ContactTotals(@Nullable Integer count, List<OrgTotal> orgs) {

  /**
   * The contacts of one organization.
   *
   * @param count its contacts
   * @param org the organization (a mini view)
   * @param spaces the count per workspace of it; empty when not sent
   */
  public record OrgTotal(@Nullable Integer count, @Nullable Organization org, List<SpaceTotal> spaces) {}

  /**
   * The contacts of one workspace.
   *
   * @param count its contacts
   * @param space the workspace (a mini view)
   */
  public record SpaceTotal(@Nullable Integer count, @Nullable Space space) {}
}
