package io.podiokit.api.reminder;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The user's reminders on objects with due dates, addressed by {@code ref_type}/{@code ref_id} ({@code task},
 * {@code item}, ...); Podio's reference area Reminder. Only users have reminders.
 */
public interface ReminderService {

  /**
   * {@code GET /reminder/{ref_type}/{ref_id}}: the user's reminder on an object.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @return the reminder; Podio's 404 when there is none
   */
  @GET("reminder/{ref_type}/{ref_id}")
  Reminder reminder(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code PUT /reminder/{ref_type}/{ref_id}}: creates or replaces the user's reminder on an object.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @param settings when it goes off
   * @return {@code null}
   */
  @PUT("reminder/{ref_type}/{ref_id}")
  Void set(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body ReminderSettings settings);

  /**
   * {@code POST /reminder/{ref_type}/{ref_id}/snooze}: puts the reminder off for a while.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @return {@code null}
   */
  @POST("reminder/{ref_type}/{ref_id}/snooze")
  Void snooze(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code DELETE /reminder/{ref_type}/{ref_id}}: removes the user's reminder on an object.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @return {@code null}
   */
  @DELETE("reminder/{ref_type}/{ref_id}")
  Void delete(@Path("ref_type") String refType, @Path("ref_id") long refId);
}
