package io.podiokit.api.stream;

import io.podiokit.api.Paging;
import java.util.List;
import java.util.stream.Stream;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The activity stream: objects with their latest activity, newest first, one page at a time (Podio's reference
 * area StreamObject). Every list takes {@code limit} (1 to 100) and {@code offset}; the {@code all...} methods walk
 * every page lazily with {@link Paging#defaults()}.
 */
public interface StreamService {

  /**
   * {@code GET /stream/}: the global stream of everything the user can see.
   *
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/")
  List<StreamObject> global(@Query("limit") int limit, @Query("offset") int offset);

  /**
   * {@code GET /stream/org/{org_id}/}: the stream of an organization's workspaces.
   *
   * @param orgId the organization
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/org/{org_id}/")
  List<StreamObject> org(@Path("org_id") long orgId, @Query("limit") int limit, @Query("offset") int offset);

  /**
   * {@code GET /stream/space/{space_id}/}: the stream of one workspace.
   *
   * @param spaceId the workspace
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/space/{space_id}/")
  List<StreamObject> space(@Path("space_id") long spaceId, @Query("limit") int limit, @Query("offset") int offset);

  /**
   * {@code GET /stream/app/{app_id}/}: the stream of one app's items.
   *
   * @param appId the app
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/app/{app_id}/")
  List<StreamObject> app(@Path("app_id") long appId, @Query("limit") int limit, @Query("offset") int offset);

  /**
   * {@code GET /stream/user/{user_id}/}: the objects a user acted on.
   *
   * @param userId the user
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/user/{user_id}/")
  List<StreamObject> user(@Path("user_id") long userId, @Query("limit") int limit, @Query("offset") int offset);

  /**
   * {@code GET /stream/personal/}: the objects the authenticated user created or acted on.
   *
   * @param limit at most this many objects (1 to 100)
   * @param offset skip this many
   * @return one page of stream objects
   */
  @GET("stream/personal/")
  List<StreamObject> personal(@Query("limit") int limit, @Query("offset") int offset);

  /**
   * Every object of the global stream, fetched page by page as the stream is consumed.
   *
   * @return the objects, newest first
   */
  default Stream<StreamObject> allGlobal() {
    return Paging.defaults().stream((offset, limit) -> global(limit, offset));
  }

  /**
   * Every object of an organization's stream, fetched page by page.
   *
   * @param orgId the organization
   * @return the objects, newest first
   */
  default Stream<StreamObject> allOfOrg(long orgId) {
    return Paging.defaults().stream((offset, limit) -> org(orgId, limit, offset));
  }

  /**
   * Every object of a workspace's stream, fetched page by page.
   *
   * @param spaceId the workspace
   * @return the objects, newest first
   */
  default Stream<StreamObject> allOfSpace(long spaceId) {
    return Paging.defaults().stream((offset, limit) -> space(spaceId, limit, offset));
  }

  /**
   * Every object of an app's stream, fetched page by page.
   *
   * @param appId the app
   * @return the objects, newest first
   */
  default Stream<StreamObject> allOfApp(long appId) {
    return Paging.defaults().stream((offset, limit) -> app(appId, limit, offset));
  }

  /**
   * Every object a user acted on, fetched page by page.
   *
   * @param userId the user
   * @return the objects, newest first
   */
  default Stream<StreamObject> allOfUser(long userId) {
    return Paging.defaults().stream((offset, limit) -> user(userId, limit, offset));
  }

  /**
   * Every object of the personal stream, fetched page by page.
   *
   * @return the objects, newest first
   */
  default Stream<StreamObject> allPersonal() {
    return Paging.defaults().stream((offset, limit) -> personal(limit, offset));
  }
}
