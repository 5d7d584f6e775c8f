package io.podiokit.api.status;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Status messages in a workspace (Podio's reference area Status). Comment on them with
 * {@code api.comments().create("status", statusId, ...)}.
 */
public interface StatusService {

  /**
   * {@code POST /status/space/{space_id}/}: posts a status message in a workspace.
   *
   * @param spaceId the workspace's id
   * @param status the text, files, embed
   * @return the status
   */
  @POST("status/space/{space_id}/")
  Status create(@Path("space_id") long spaceId, @Body StatusWrite status);

  /**
   * {@code GET /status/{status_id}}: one status message, with its comments.
   *
   * @param statusId the status's id
   * @return the status
   */
  @GET("status/{status_id}")
  Status status(@Path("status_id") long statusId);

  /**
   * {@code DELETE /status/{status_id}}: deletes a status message.
   *
   * @param statusId the status's id
   * @return {@code null}
   */
  @DELETE("status/{status_id}")
  Void delete(@Path("status_id") long statusId);
}
