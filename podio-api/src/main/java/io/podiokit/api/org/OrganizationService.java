package io.podiokit.api.org;

import com.squareup.moshi.Json;
import io.podiokit.api.user.User;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Organizations and their members (Podio's reference areas Organization, OrganizationMember). The workspaces of an
 * organization are in {@link io.podiokit.api.space.SpaceService#orgSpaces(long)}.
 */
public interface OrganizationService {

  /**
   * {@code GET /org/}: the organizations the user is a member of, with their workspaces.
   *
   * @return the organizations
   */
  @GET("org/")
  List<Organization> organizations();

  /**
   * {@code GET /org/{org_id}}: one organization.
   *
   * @param orgId the organization
   * @return the organization
   */
  @GET("org/{org_id}")
  Organization organization(@Path("org_id") long orgId);

  /**
   * {@code GET /org/url}: the organization at a URL on podio.com (any URL inside it).
   *
   * @param url e.g. {@code https://podio.com/acme}
   * @return the organization
   */
  @GET("org/url")
  Organization byUrl(@Query("url") String url);

  /**
   * {@code POST /org/}: creates an organization; the user becomes its administrator.
   *
   * @param fields its fields; {@code name} is required ({@link OrganizationFields#named(String)})
   * @return the new organization's id and URL
   */
  @POST("org/")
  OrganizationCreated create(@Body OrganizationFields fields);

  /**
   * {@code POST /org/bootstrap}: creates an organization with a first workspace in it, for Podio Platform accounts.
   *
   * @param fields its fields; {@code name} is required
   * @return the new organization's id and URL
   */
  @POST("org/bootstrap")
  OrganizationCreated bootstrap(@Body OrganizationFields fields);

  /**
   * {@code PUT /org/{org_id}}: sets fields of an organization (administrators only).
   *
   * @param orgId the organization
   * @param fields the fields to set; the others keep their values
   * @return {@code null}
   */
  @PUT("org/{org_id}")
  Void update(@Path("org_id") long orgId, @Body OrganizationFields fields);

  /**
   * {@code GET /org/{org_id}/admin/}: the administrators of an organization.
   *
   * @param orgId the organization
   * @return the administrators, with their profile's name and avatar
   */
  @GET("org/{org_id}/admin/")
  List<User> admins(@Path("org_id") long orgId);

  /**
   * {@code POST /org/{org_id}/admin/}: makes a member an administrator of the organization.
   *
   * @param orgId the organization
   * @param admin the member
   * @return {@code null}
   */
  @POST("org/{org_id}/admin/")
  Void addAdmin(@Path("org_id") long orgId, @Body NewAdmin admin);

  /**
   * {@code POST /org/{org_id}/admin/} for user {@code userId}.
   *
   * @param orgId the organization
   * @param userId the member
   * @return {@code null}
   */
  default Void addAdmin(long orgId, long userId) {
    return addAdmin(orgId, new NewAdmin(userId));
  }

  /**
   * {@code GET /org/{org_id}/report/login}: how many members signed in, per period, latest first.
   *
   * @param orgId the organization
   * @param limit at most this many periods, or {@code null} for Podio's default (4)
   * @param offset skip this many periods, or {@code null}
   * @return the periods
   */
  @GET("org/{org_id}/report/login")
  List<LoginReport> loginReport(@Path("org_id") long orgId, @Query("limit") @Nullable Integer limit,
                                @Query("offset") @Nullable Integer offset);

  /**
   * {@code GET /org/{org_id}/statistics}: usage figures of an organization, as Podio sends them.
   *
   * @param orgId the organization
   * @return the figures, as free-form JSON
   */
  @GET("org/{org_id}/statistics")
  Map<String, Object> statistics(@Path("org_id") long orgId);

  /**
   * {@code GET /org/{org_id}/member/{user_id}}: one member of an organization.
   *
   * @param orgId the organization
   * @param userId the member
   * @return the member
   */
  @GET("org/{org_id}/member/{user_id}")
  OrganizationMember member(@Path("org_id") long orgId, @Path("user_id") long userId);

  /**
   * {@code GET /org/{org_id}/member/}: the members of an organization, active and invited (administrators only).
   *
   * @param orgId the organization
   * @param memberType only {@code employee}, {@code external}, {@code admin}, {@code regular}, {@code guest} or
   *     {@code premium} members, or {@code null} for all
   * @param query only members matching this text, or {@code null}
   * @param sortBy {@code name} (Podio's default) or {@code last_seen_on}, or {@code null}
   * @param sortDesc true to sort descending, or {@code null}
   * @param limit at most this many, or {@code null}
   * @param offset skip this many, or {@code null}
   * @return the members
   */
  @GET("org/{org_id}/member/")
  List<OrganizationMember> members(@Path("org_id") long orgId, @Query("member_type") @Nullable String memberType,
                                   @Query("query") @Nullable String query, @Query("sort_by") @Nullable String sortBy,
                                   @Query("sort_desc") @Nullable Boolean sortDesc,
                                   @Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * {@code GET /org/{org_id}/member/} with Podio's defaults: every member, by name.
   *
   * @param orgId the organization
   * @return the members
   */
  default List<OrganizationMember> members(long orgId) {
    return members(orgId, null, null, null, null, null, null);
  }

  /**
   * {@code DELETE /org/{org_id}/member/{user_id}}: ends a user's membership of the organization and of all its
   * workspaces.
   *
   * @param orgId the organization
   * @param userId the member
   * @return {@code null}
   */
  @DELETE("org/{org_id}/member/{user_id}")
  Void endMembership(@Path("org_id") long orgId, @Path("user_id") long userId);

  /**
   * The body of {@code POST /org/{org_id}/admin/}.
   *
   * @param userId the member to make an administrator
   */
  record NewAdmin(@Json(name = "user_id") long userId) {}
}
