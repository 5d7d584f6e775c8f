package io.podiokit.api.subscription;

import com.squareup.moshi.Json;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Subscriptions to objects (Podio's reference area Subscription): follow an item, a task, a status, an app, .... */
public interface SubscriptionService {

  /**
   * A subscription just made.
   *
   * @param subscriptionId its id
   */
  record Created(@Json(name = "subscription_id") long subscriptionId) {}

  /**
   * {@code GET /subscription/{subscription_id}}: one subscription.
   *
   * @param subscriptionId its id
   * @return the subscription
   */
  @GET("subscription/{subscription_id}")
  Subscription subscription(@Path("subscription_id") long subscriptionId);

  /**
   * {@code GET /subscription/{ref_type}/{ref_id}}: the caller's subscription to an object; 404 when there is none.
   *
   * @param refType the object's type
   * @param refId its id
   * @return the subscription
   */
  @GET("subscription/{ref_type}/{ref_id}")
  Subscription subscription(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /subscription/{ref_type}/{ref_id}}: subscribes the caller to an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @return the subscription's id
   */
  @POST("subscription/{ref_type}/{ref_id}")
  Created subscribe(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code DELETE /subscription/{subscription_id}}: ends a subscription.
   *
   * @param subscriptionId its id
   * @return {@code null}
   */
  @DELETE("subscription/{subscription_id}")
  Void unsubscribe(@Path("subscription_id") long subscriptionId);

  /**
   * {@code DELETE /subscription/{ref_type}/{ref_id}}: ends the caller's subscription to an object.
   *
   * @param refType the object's type
   * @param refId its id
   * @return {@code null}
   */
  @DELETE("subscription/{ref_type}/{ref_id}")
  Void unsubscribe(@Path("ref_type") String refType, @Path("ref_id") long refId);
}
