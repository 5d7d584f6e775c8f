package io.podiokit.api.recurrence;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Recurrence of objects with due dates, addressed by {@code ref_type}/{@code ref_id} ({@code task}, {@code item},
 * ...); Podio's reference area Recurrence.
 */
public interface RecurrenceService {

  /**
   * {@code GET /recurrence/{ref_type}/{ref_id}}: how an object repeats.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @return the recurrence; Podio's 404 when the object does not repeat
   */
  @GET("recurrence/{ref_type}/{ref_id}")
  Recurrence recurrence(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code PUT /recurrence/{ref_type}/{ref_id}}: makes an object repeat, or changes how.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @param rule how it repeats
   * @return {@code null}
   */
  @PUT("recurrence/{ref_type}/{ref_id}")
  Void set(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body RecurrenceRule rule);

  /**
   * {@code DELETE /recurrence/{ref_type}/{ref_id}}: stops an object repeating.
   *
   * @param refType the object's type
   * @param refId the object's id
   * @return {@code null}
   */
  @DELETE("recurrence/{ref_type}/{ref_id}")
  Void delete(@Path("ref_type") String refType, @Path("ref_id") long refId);
}
