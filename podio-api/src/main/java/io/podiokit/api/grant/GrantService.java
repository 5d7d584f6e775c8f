package io.podiokit.api.grant;

import io.podiokit.api.RefType;
import java.util.List;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Grants: sharing one object (an item, an app, ...) with people outside its workspace, who may then view, comment
 * on or rate it.
 *
 * <pre>{@code
 * api.grants().create(RefType.ITEM, itemId, NewGrant.of(GrantAction.COMMENT, List.of(GrantPerson.user(userId))));
 * }</pre>
 */
public interface GrantService {

  /**
   * {@code GET /grant/{ref_type}/{ref_id}/}: who was given access to an object.
   *
   * @param refType the kind of object
   * @param refId its id
   * @return the grants
   */
  @GET("grant/{ref_type}/{ref_id}/")
  List<Grant> grants(@Path("ref_type") RefType refType, @Path("ref_id") long refId);

  /**
   * {@code GET /grant/{ref_type}/{ref_id}/own}: the caller's own grant on an object.
   *
   * @param refType the kind of object
   * @param refId its id
   * @return the grant; Podio answers 404 when the caller has none
   */
  @GET("grant/{ref_type}/{ref_id}/own")
  Grant ownGrant(@Path("ref_type") RefType refType, @Path("ref_id") long refId);

  /**
   * {@code GET /grant/org/{org_id}/own/}: the caller's grants on objects of an organization.
   *
   * @param orgId the organization
   * @return the grants, each with its object
   */
  @GET("grant/org/{org_id}/own/")
  List<Grant> ownGrantsOnOrg(@Path("org_id") long orgId);

  /**
   * {@code GET /grant/space/{space_id}/user/{user_id}/}: the grants a user has on objects of a workspace.
   *
   * @param spaceId the workspace
   * @param userId the user
   * @return the grants
   */
  @GET("grant/space/{space_id}/user/{user_id}/")
  List<Grant> grantsToUserOnSpace(@Path("space_id") long spaceId, @Path("user_id") long userId);

  /**
   * {@code POST /grant/{ref_type}/{ref_id}}: gives people access to an object; a person who already has a grant on
   * it gets the new action.
   *
   * @param refType the kind of object
   * @param refId its id
   * @param grant the people, the action and a message
   * @return how many grants were made or changed
   */
  @POST("grant/{ref_type}/{ref_id}")
  GrantsCreated create(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Body NewGrant grant);

  /**
   * {@code DELETE /grant/{ref_type}/{ref_id}/{user_id}}: takes a user's access to an object away.
   *
   * @param refType the kind of object
   * @param refId its id
   * @param userId the user
   * @return {@code null}
   */
  @DELETE("grant/{ref_type}/{ref_id}/{user_id}")
  Void remove(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Path("user_id") long userId);
}
