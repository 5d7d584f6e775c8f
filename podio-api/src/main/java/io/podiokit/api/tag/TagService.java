package io.podiokit.api.tag;

import io.podiokit.api.Paging;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Tags on objects, and finding objects by tag (Podio's reference areas Tag, TagSearch).
 *
 * <pre>{@code
 * api.tags().add("item", itemId, List.of("urgent", "customer"));
 * api.tags().allInApp(appId, "urgent").forEach(o -> System.out.println(o.title()));
 * }</pre>
 */
public interface TagService {

  /**
   * {@code POST /tag/{ref_type}/{ref_id}/}: adds tags to an object (keeping the ones it has).
   *
   * @param refType the object's type
   * @param refId its id
   * @param tags the tags
   * @return {@code null}
   */
  @POST("tag/{ref_type}/{ref_id}/")
  Void add(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body List<String> tags);

  /**
   * {@code PUT /tag/{ref_type}/{ref_id}/}: sets an object's tags (replacing the ones it has).
   *
   * @param refType the object's type
   * @param refId its id
   * @param tags the tags; empty removes all
   * @return {@code null}
   */
  @PUT("tag/{ref_type}/{ref_id}/")
  Void update(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body List<String> tags);

  /**
   * {@code DELETE /tag/{ref_type}/{ref_id}/?text=}: removes one tag from an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param text the tag
   * @return {@code null}
   */
  @DELETE("tag/{ref_type}/{ref_id}/")
  Void remove(@Path("ref_type") String refType, @Path("ref_id") long refId, @Query("text") String text);

  /**
   * {@code GET /tag/app/{app_id}/}: the tags used in an app, with counts, most used first.
   *
   * @param appId the app's id
   * @param limit at most this many, or {@code null} for all
   * @param text only tags starting with this, or {@code null}
   * @return the tags
   */
  @GET("tag/app/{app_id}/")
  List<TagCount> appTags(@Path("app_id") long appId, @Query("limit") @Nullable Integer limit,
                         @Query("text") @Nullable String text);

  /**
   * {@code GET /tag/app/{app_id}/search/}: one page of the objects in an app with a tag.
   *
   * @param appId the app's id
   * @param text the tag
   * @param limit at most this many, or {@code null} for Podio's default
   * @param offset skip this many, or {@code null}
   * @return the page
   */
  @GET("tag/app/{app_id}/search/")
  List<TaggedObject> searchApp(@Path("app_id") long appId, @Query("text") String text,
                               @Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every object in an app with a tag, fetched page by page as the stream is used.
   *
   * @param appId the app's id
   * @param text the tag
   * @return the objects
   */
  default Stream<TaggedObject> allInApp(long appId, String text) {
    return Paging.defaults().stream((offset, limit) -> searchApp(appId, text, limit, offset));
  }

  /**
   * {@code GET /tag/space/{space_id}/search/}: one page of the objects in a workspace with a tag.
   *
   * @param spaceId the workspace's id
   * @param text the tag
   * @param limit at most this many, or {@code null}
   * @param offset skip this many, or {@code null}
   * @return the page
   */
  @GET("tag/space/{space_id}/search/")
  List<TaggedObject> searchSpace(@Path("space_id") long spaceId, @Query("text") String text,
                                 @Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every object in a workspace with a tag, fetched page by page as the stream is used.
   *
   * @param spaceId the workspace's id
   * @param text the tag
   * @return the objects
   */
  default Stream<TaggedObject> allInSpace(long spaceId, String text) {
    return Paging.defaults().stream((offset, limit) -> searchSpace(spaceId, text, limit, offset));
  }

  /**
   * {@code GET /tag/org/{org_id}/search/}: one page of the objects in an organization with a tag.
   *
   * @param orgId the organization's id
   * @param text the tag
   * @param limit at most this many, or {@code null}
   * @param offset skip this many, or {@code null}
   * @return the page
   */
  @GET("tag/org/{org_id}/search/")
  List<TaggedObject> searchOrg(@Path("org_id") long orgId, @Query("text") String text,
                               @Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every object in an organization with a tag, fetched page by page as the stream is used.
   *
   * @param orgId the organization's id
   * @param text the tag
   * @return the objects
   */
  default Stream<TaggedObject> allInOrg(long orgId, String text) {
    return Paging.defaults().stream((offset, limit) -> searchOrg(orgId, text, limit, offset));
  }
}
