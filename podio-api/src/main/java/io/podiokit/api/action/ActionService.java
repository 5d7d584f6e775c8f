package io.podiokit.api.action;

import retrofit2.http.GET;
import retrofit2.http.Path;

/** Actions: things that happened in a workspace, as the stream shows them (Podio's reference area Action). */
public interface ActionService {

  /**
   * {@code GET /action/{action_id}}: one action.
   *
   * @param actionId the action, e.g. the id of a stream object of type {@code action}
   * @return the action
   */
  @GET("action/{action_id}")
  Action action(@Path("action_id") long actionId);
}
