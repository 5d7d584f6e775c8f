package io.podiokit.api.org;

import java.util.List;
import retrofit2.http.GET;

/** Organizations and their members (Podio's reference areas Organization, OrganizationMember). */
public interface OrganizationService {

  /** {@code GET /org/}: the organizations the user is a member of, with their workspaces. */
  @GET("org/")
  List<Organization> organizations();
}
