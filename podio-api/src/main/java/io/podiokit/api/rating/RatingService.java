package io.podiokit.api.rating;

import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Ratings of objects (Podio's reference area Rating): likes, approvals, five stars, ... on items, statuses,
 * comments and others.
 *
 * <pre>{@code
 * api.ratings().rate("item", itemId, RatingType.LIKE, 1);
 * long likes = api.ratings().ratings("item", itemId, RatingType.LIKE).total(1);
 * }</pre>
 */
public interface RatingService {

  /**
   * A rating value.
   *
   * @param value the value, or {@code null} when the user did not rate
   */
  record Value(@Nullable Integer value) {}

  /**
   * A rating just given.
   *
   * @param ratingId its id
   */
  record Created(@Json(name = "rating_id") long ratingId) {}

  /**
   * {@code GET /rating/{ref_type}/{ref_id}/{rating_type}/{user_id}}: one user's rating of an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @param userId the user's id
   * @return the value
   */
  @GET("rating/{ref_type}/{ref_id}/{rating_type}/{user_id}")
  Value rating(@Path("ref_type") String refType, @Path("ref_id") long refId, @Path("rating_type") RatingType type,
               @Path("user_id") long userId);

  /**
   * {@code GET /rating/{ref_type}/{ref_id}/{rating_type}/self}: the caller's rating of an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @return the value
   */
  @GET("rating/{ref_type}/{ref_id}/{rating_type}/self")
  Value ownRating(@Path("ref_type") String refType, @Path("ref_id") long refId, @Path("rating_type") RatingType type);

  /**
   * {@code GET /rating/{ref_type}/{ref_id}/{rating_type}}: the ratings of one type on an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @return the counts per value
   */
  @GET("rating/{ref_type}/{ref_id}/{rating_type}")
  Ratings ratings(@Path("ref_type") String refType, @Path("ref_id") long refId, @Path("rating_type") RatingType type);

  /**
   * {@code GET /rating/{ref_type}/{ref_id}}: every type of rating on an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @return the ratings by type name ({@code like}, {@code approved}, ...)
   */
  @GET("rating/{ref_type}/{ref_id}")
  Map<String, Ratings> allRatings(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /rating/{ref_type}/{ref_id}/{rating_type}}: rates an object (replacing the caller's rating of that
   * type).
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @param value the value, checked with {@link RatingType#check(int)}
   * @return the rating's id
   */
  @POST("rating/{ref_type}/{ref_id}/{rating_type}")
  Created rate(@Path("ref_type") String refType, @Path("ref_id") long refId, @Path("rating_type") RatingType type,
               @Body Value value);

  /**
   * Rates an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @param value the value, which {@code type} must take
   * @return the rating's id
   */
  default Created rate(String refType, long refId, RatingType type, int value) {
    return rate(refType, refId, type, new Value(type.check(value)));
  }

  /**
   * {@code DELETE /rating/{ref_type}/{ref_id}/{rating_type}}: takes back the caller's rating.
   *
   * @param refType the object's type
   * @param refId its id
   * @param type the kind of rating
   * @return {@code null}
   */
  @DELETE("rating/{ref_type}/{ref_id}/{rating_type}")
  Void remove(@Path("ref_type") String refType, @Path("ref_id") long refId, @Path("rating_type") RatingType type);
}
