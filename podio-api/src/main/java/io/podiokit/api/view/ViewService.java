package io.podiokit.api.view;

import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Views: saved filters and orders of an app's items (reference area View). Filter items by a view with
 * {@code api.items().filterByView(appId, viewId, ...)}.
 */
public interface ViewService {

  /**
   * {@code POST /view/app/{app_id}/}: saves a view.
   *
   * @param appId the app
   * @param view its name, conditions and order
   * @return the new view's id
   */
  @POST("view/app/{app_id}/")
  ViewDefinition.Created create(@Path("app_id") long appId, @Body ViewDefinition view);

  /**
   * {@code GET /view/{view_id}}: one view.
   *
   * @param viewId the view
   * @return the view
   */
  @GET("view/{view_id}")
  View view(@Path("view_id") long viewId);

  /**
   * {@code GET /view/app/{app_id}/}: an app's views.
   *
   * @param appId the app
   * @param includeStandardViews also Podio's built-in views
   * @return the views
   */
  @GET("view/app/{app_id}/")
  List<View> views(@Path("app_id") long appId, @Query("include_standard_views") @Nullable Boolean includeStandardViews);

  /**
   * {@code GET /view/app/{app_id}/last}: the user's last view of an app (what they filtered last).
   *
   * @param appId the app
   * @return the view
   */
  @GET("view/app/{app_id}/last")
  View lastView(@Path("app_id") long appId);

  /**
   * {@code PUT /view/app/{app_id}/last}: sets the user's last view of an app.
   *
   * @param appId the app
   * @param view the conditions and order
   * @return {@code null}
   */
  @PUT("view/app/{app_id}/last")
  @Nullable Void updateLastView(@Path("app_id") long appId, @Body ViewDefinition view);

  /**
   * {@code DELETE /view/{view_id}}: deletes a view.
   *
   * @param viewId the view
   * @return {@code null}
   */
  @DELETE("view/{view_id}")
  @Nullable Void delete(@Path("view_id") long viewId);
}
