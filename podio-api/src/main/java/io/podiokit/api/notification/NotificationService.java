package io.podiokit.api.notification;

import io.podiokit.api.Paging;
import java.util.List;
import java.util.stream.Stream;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * The user's notifications, grouped by the object they are about: read them, count the unviewed ones, mark them
 * viewed, star them (Podio's reference areas Notification, NotificationGroup). Only users have notifications; an
 * app authentication gets Podio's 403.
 */
public interface NotificationService {

  /**
   * {@code GET /notification/}: one page of notification groups, newest first.
   *
   * @param query the page and filters
   * @return the groups on that page
   */
  @GET("notification/")
  List<NotificationGroup> groups(@QueryMap NotificationQuery query);

  /**
   * Every notification group that matches {@code query}, fetched page by page as the stream is consumed (the
   * query's own page is replaced).
   *
   * @param query the filters
   * @return the groups, newest first
   */
  default Stream<NotificationGroup> allGroups(NotificationQuery query) {
    return Paging.defaults().stream((offset, limit) -> groups(query.page(offset, limit)));
  }

  /**
   * {@code GET /notification/{notification_id}/v2}: the group a notification belongs to.
   *
   * @param notificationId the notification
   * @return its object and the notifications about it
   */
  @GET("notification/{notification_id}/v2")
  NotificationGroup group(@Path("notification_id") long notificationId);

  /**
   * {@code GET /notification/inbox/new/count}: how many notifications are unviewed.
   *
   * @return the count
   */
  @GET("notification/inbox/new/count")
  InboxCount newCount();

  /**
   * {@code POST /notification/viewed}: marks every notification viewed.
   *
   * @return {@code null}
   */
  @POST("notification/viewed")
  Void markAllViewed();

  /**
   * {@code POST /notification/{notification_id}/viewed}: marks one notification viewed.
   *
   * @param notificationId the notification
   * @return {@code null}
   */
  @POST("notification/{notification_id}/viewed")
  Void markViewed(@Path("notification_id") long notificationId);

  /**
   * {@code POST /notification/{ref_type}/{ref_id}/viewed}: marks every notification about an object viewed.
   *
   * @param refType the object's type: {@code item}, {@code task}, {@code status}, ...
   * @param refId the object's id
   * @return {@code null}
   */
  @POST("notification/{ref_type}/{ref_id}/viewed")
  Void markViewed(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /notification/{notification_id}/star}: stars a notification.
   *
   * @param notificationId the notification
   * @return {@code null}
   */
  @POST("notification/{notification_id}/star")
  Void star(@Path("notification_id") long notificationId);

  /**
   * {@code DELETE /notification/{notification_id}/star}: removes a notification's star.
   *
   * @param notificationId the notification
   * @return {@code null}
   */
  @DELETE("notification/{notification_id}/star")
  Void unstar(@Path("notification_id") long notificationId);
}
