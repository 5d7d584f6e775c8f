package io.podiokit.api.space;

import io.podiokit.api.IdList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Workspaces and their members (Podio's reference areas Space, SpaceMember): workspaces found, created, updated and
 * deleted; members listed, invited, changed in role and removed; joining and asking to join.
 */
public interface SpaceService {

  /**
   * {@code GET /space/{space_id}}: one workspace.
   *
   * @param spaceId the workspace
   * @return the workspace
   */
  @GET("space/{space_id}")
  Space space(@Path("space_id") long spaceId);

  /**
   * {@code GET /space/url}: the workspace at a URL on podio.com.
   *
   * @param url e.g. {@code https://podio.com/acme/sales}
   * @return the workspace
   */
  @GET("space/url")
  Space byUrl(@Query("url") String url);

  /**
   * {@code GET /org/{org_id}/space/}: the workspaces of an organization the user can see.
   *
   * @param orgId the organization
   * @return the workspaces
   */
  @GET("org/{org_id}/space/")
  List<Space> orgSpaces(@Path("org_id") long orgId);

  /**
   * {@code GET /space/org/{org_id}/available/}: the open workspaces of an organization the user could join.
   *
   * @param orgId the organization
   * @return the workspaces
   */
  @GET("space/org/{org_id}/available/")
  List<Space> available(@Path("org_id") long orgId);

  /**
   * {@code GET /space/top/}: the workspaces the user uses most.
   *
   * @param limit at most this many, or {@code null} for Podio's default (6)
   * @return the workspaces
   */
  @GET("space/top/")
  List<Space> top(@Query("limit") @Nullable Integer limit);

  /**
   * {@code POST /space/}: creates a workspace; the user becomes its administrator.
   *
   * @param fields its fields; {@code org_id} and {@code name} are required
   * @return the new workspace's id and URL
   */
  @POST("space/")
  SpaceCreated create(@Body SpaceFields fields);

  /**
   * {@code POST /space/} for a workspace named {@code name} in organization {@code orgId}, with Podio's defaults.
   *
   * @param orgId the organization
   * @param name the workspace's name
   * @return the new workspace's id and URL
   */
  default SpaceCreated create(long orgId, String name) {
    return create(SpaceFields.builder().orgId(orgId).name(name).build());
  }

  /**
   * {@code PUT /space/{space_id}}: sets fields of a workspace (administrators only).
   *
   * @param spaceId the workspace
   * @param fields the fields to set; the others keep their values
   * @return {@code null}
   */
  @PUT("space/{space_id}")
  Void update(@Path("space_id") long spaceId, @Body SpaceFields fields);

  /**
   * {@code DELETE /space/{space_id}}: deletes a workspace with its apps and items (administrators only).
   *
   * @param spaceId the workspace
   * @return {@code null}
   */
  @DELETE("space/{space_id}")
  Void delete(@Path("space_id") long spaceId);

  /**
   * {@code GET /space/{space_id}/member/{user_id}}: one user's membership of a workspace.
   *
   * @param spaceId the workspace
   * @param userId the user
   * @return the membership
   */
  @GET("space/{space_id}/member/{user_id}")
  SpaceMember member(@Path("space_id") long spaceId, @Path("user_id") long userId);

  /**
   * {@code GET /space/{space_id}/member/}: the active members of a workspace.
   *
   * @param spaceId the workspace
   * @return the members
   */
  @GET("space/{space_id}/member/")
  List<SpaceMember> members(@Path("space_id") long spaceId);

  /**
   * {@code GET /space/{space_id}/member/{role}/}: the active members of a workspace with one role.
   *
   * @param spaceId the workspace
   * @param role the role
   * @return the members
   */
  @GET("space/{space_id}/member/{role}/")
  List<SpaceMember> members(@Path("space_id") long spaceId, @Path("role") SpaceRole role);

  /**
   * {@code POST /space/{space_id}/member/}: adds users, profiles or people by e-mail to a workspace (Podio answers
   * 403 when the organization's user limit is reached).
   *
   * @param spaceId the workspace
   * @param invitation whom, with which role
   * @return {@code null}
   */
  @POST("space/{space_id}/member/")
  Void addMembers(@Path("space_id") long spaceId, @Body SpaceInvitation invitation);

  /**
   * {@code PUT /space/{space_id}/member/{user_ids}}: gives members of a workspace another role.
   *
   * @param spaceId the workspace
   * @param userIds the members, sent comma-joined in one path segment
   * @param role the new role
   * @return {@code null}
   */
  @PUT("space/{space_id}/member/{user_ids}")
  Void updateMembers(@Path("space_id") long spaceId, @Path("user_ids") IdList userIds, @Body RoleChange role);

  /**
   * {@code PUT /space/{space_id}/member/{user_ids}} giving these members {@code role}.
   *
   * @param spaceId the workspace
   * @param role the new role
   * @param userIds at least one member
   * @return {@code null}
   */
  default Void updateMembers(long spaceId, SpaceRole role, long... userIds) {
    return updateMembers(spaceId, IdList.of(userIds), new RoleChange(role));
  }

  /**
   * {@code PUT /space/{space_id}/member/{user_ids}} giving these members {@code role}.
   *
   * @param spaceId the workspace
   * @param role the new role
   * @param userIds at least one member
   * @return {@code null}
   */
  default Void updateMembers(long spaceId, SpaceRole role, Collection<Long> userIds) {
    return updateMembers(spaceId, IdList.of(userIds), new RoleChange(role));
  }

  /**
   * {@code DELETE /space/{space_id}/member/{user_ids}}: ends memberships of a workspace.
   *
   * @param spaceId the workspace
   * @param userIds the members, sent comma-joined in one path segment
   * @return {@code null}
   */
  @DELETE("space/{space_id}/member/{user_ids}")
  Void endMemberships(@Path("space_id") long spaceId, @Path("user_ids") IdList userIds);

  /**
   * {@code DELETE /space/{space_id}/member/{user_ids}} for these members.
   *
   * @param spaceId the workspace
   * @param userIds at least one member
   * @return {@code null}
   */
  default Void endMemberships(long spaceId, long... userIds) {
    return endMemberships(spaceId, IdList.of(userIds));
  }

  /**
   * {@code DELETE /space/{space_id}/member/{user_ids}} for these members.
   *
   * @param spaceId the workspace
   * @param userIds at least one member
   * @return {@code null}
   */
  default Void endMemberships(long spaceId, Collection<Long> userIds) {
    return endMemberships(spaceId, IdList.of(userIds));
  }

  /**
   * {@code POST /space/{space_id}/join}: joins an open workspace of one of the user's organizations.
   *
   * @param spaceId the workspace
   * @return {@code null}
   */
  @POST("space/{space_id}/join")
  Void join(@Path("space_id") long spaceId);

  /**
   * {@code POST /space/{space_id}/member_request/}: asks the administrators of a closed workspace to let the user in.
   *
   * @param spaceId the workspace
   * @return the request
   */
  @POST("space/{space_id}/member_request/")
  SpaceMemberRequest requestMembership(@Path("space_id") long spaceId);

  /**
   * The body of a role change: {@code {"role": "regular"}}.
   *
   * @param role the new role
   */
  record RoleChange(SpaceRole role) {}
}
