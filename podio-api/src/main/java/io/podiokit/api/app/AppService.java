package io.podiokit.api.app;

import io.podiokit.api.WriteOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Podio's apps, their fields and app market shares (reference areas App, AppField, AppMarketShare).
 *
 * <pre>{@code
 * long appId = api.apps().create(new NewApp(spaceId, App.Config.of("Projects", "Project"),
 *     List.of(new FieldConfig.NewField("text", FieldConfig.of("Title"), "title")))).appId();
 * App app = api.apps().app(appId);
 * }</pre>
 */
public interface AppService {

  /** {@code view=micro}: identity and name only. */
  String MICRO = "micro";
  /** {@code view=full}: everything, with the fields. */
  String FULL = "full";

  /**
   * {@code GET /app/{app_id}}: an app with its fields.
   *
   * @param appId the app
   * @return the app
   */
  @GET("app/{app_id}")
  App app(@Path("app_id") long appId);

  /**
   * {@code GET /app/{app_id}}: an app in one view.
   *
   * @param appId the app
   * @param view {@link #MICRO}, {@code small}, {@link #FULL}, or {@code null} for Podio's default
   * @return the app
   */
  @GET("app/{app_id}")
  App app(@Path("app_id") long appId, @Query("view") @Nullable String view);

  /**
   * {@code GET /app/v2/}: the apps the user can see.
   *
   * @param text only apps whose name contains this, or {@code null}
   * @param limit at most this many, or {@code null}
   * @return the apps
   */
  @GET("app/v2/")
  List<App> apps(@Query("text") @Nullable String text, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /app/top/}: the apps the user uses most.
   *
   * @param limit at most this many, or {@code null}
   * @return the apps
   */
  @GET("app/top/")
  List<App> topApps(@Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /app/org/{org_id}/top/}: the apps the user uses most in an organization.
   *
   * @param orgId the organization
   * @param limit at most this many, or {@code null}
   * @return the apps
   */
  @GET("app/org/{org_id}/top/")
  List<App> topAppsInOrg(@Path("org_id") long orgId, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /app/space/{space_id}/{url_label}}: an app by its name in URLs.
   *
   * @param spaceId the workspace
   * @param urlLabel the app's url label
   * @return the app
   */
  @GET("app/space/{space_id}/{url_label}")
  App appByUrlLabel(@Path("space_id") long spaceId, @Path("url_label") String urlLabel);

  /**
   * {@code GET /app/space/{space_id}/}: a workspace's apps, in their order.
   *
   * @param spaceId the workspace
   * @param includeInactive also the deactivated ones
   * @return the apps
   */
  @GET("app/space/{space_id}/")
  List<App> appsInSpace(@Path("space_id") long spaceId, @Query("include_inactive") @Nullable Boolean includeInactive);

  /**
   * {@code POST /app/}: creates an app.
   *
   * @param app its workspace, settings and fields
   * @param options silent
   * @return the new app's id
   */
  @POST("app/")
  AppCreated create(@Body NewApp app, @QueryMap WriteOptions options);

  /**
   * {@code POST /app/}: creates an app.
   *
   * @param app its workspace, settings and fields
   * @return the new app's id
   */
  default AppCreated create(NewApp app) {
    return create(app, WriteOptions.none());
  }

  /**
   * {@code PUT /app/{app_id}}: changes an app's settings and adds fields.
   *
   * @param appId the app
   * @param update the new settings
   * @param options silent
   * @return {@code null}
   */
  @PUT("app/{app_id}")
  @Nullable Void update(@Path("app_id") long appId, @Body AppUpdate update, @QueryMap WriteOptions options);

  /**
   * {@code PUT /app/{app_id}}: changes an app's settings and adds fields.
   *
   * @param appId the app
   * @param update the new settings
   */
  default void update(long appId, AppUpdate update) {
    update(appId, update, WriteOptions.none());
  }

  /**
   * {@code DELETE /app/{app_id}}: deletes an app and its items.
   *
   * @param appId the app
   * @param options silent
   * @return {@code null}
   */
  @DELETE("app/{app_id}")
  @Nullable Void delete(@Path("app_id") long appId, @QueryMap WriteOptions options);

  /**
   * {@code DELETE /app/{app_id}}: deletes an app and its items.
   *
   * @param appId the app
   */
  default void delete(long appId) {
    delete(appId, WriteOptions.none());
  }

  /**
   * {@code POST /app/{app_id}/install}: a copy of an app (fields, no items) in a workspace.
   *
   * @param appId the app to copy
   * @param target the workspace
   * @return the copy's id
   */
  @POST("app/{app_id}/install")
  AppCreated install(@Path("app_id") long appId, @Body SpaceTarget target);

  /**
   * {@code PUT /app/space/{space_id}/order}: the order of a workspace's apps.
   *
   * @param spaceId the workspace
   * @param appIds its apps' ids in the new order
   * @return {@code null}
   */
  @PUT("app/space/{space_id}/order")
  @Nullable Void order(@Path("space_id") long spaceId, @Body List<Long> appIds);

  /**
   * {@code POST /app/{app_id}/activate}: activates a deactivated app.
   *
   * @param appId the app
   * @return {@code null}
   */
  @POST("app/{app_id}/activate")
  @Nullable Void activate(@Path("app_id") long appId);

  /**
   * {@code POST /app/{app_id}/deactivate}: deactivates an app (its items stay, hidden).
   *
   * @param appId the app
   * @return {@code null}
   */
  @POST("app/{app_id}/deactivate")
  @Nullable Void deactivate(@Path("app_id") long appId);

  /**
   * {@code PUT /app/{app_id}/activate/{space_id}}: activates an app in a workspace (Podio Platform only).
   *
   * @param appId the app
   * @param spaceId the workspace
   * @return {@code null}
   */
  @PUT("app/{app_id}/activate/{space_id}")
  @Nullable Void activateInSpace(@Path("app_id") long appId, @Path("space_id") long spaceId);

  /**
   * {@code GET /app/{app_id}/calculation/}: the app's calculation fields.
   *
   * @param appId the app
   * @return the fields
   */
  @GET("app/{app_id}/calculation/")
  List<App.Field> calculations(@Path("app_id") long appId);

  /**
   * {@code GET /app/features/}: the features apps can have ({@code comments}, {@code files}, ...).
   *
   * @return the feature names
   */
  @GET("app/features/")
  List<String> features();

  /**
   * {@code GET /app/{app_id}/dependencies/}: the apps an app points at through relationship fields, transitively.
   *
   * @param appId the app
   * @return the apps and their dependencies
   */
  @GET("app/{app_id}/dependencies/")
  AppDependencies dependencies(@Path("app_id") long appId);

  /**
   * {@code GET /space/{space_id}/dependencies/}: how a workspace's apps point at each other.
   *
   * @param spaceId the workspace
   * @return the apps and their dependencies
   */
  @GET("space/{space_id}/dependencies/")
  AppDependencies spaceDependencies(@Path("space_id") long spaceId);

  // ---- fields

  /**
   * {@code POST /app/{app_id}/field/}: adds a field to an app.
   *
   * @param appId the app
   * @param field the field's type, settings and external id
   * @return the new field's id
   */
  @POST("app/{app_id}/field/")
  FieldCreated addField(@Path("app_id") long appId, @Body FieldConfig.NewField field);

  /**
   * {@code GET /app/{app_id}/field/{field_id}}: one field of an app.
   *
   * @param appId the app
   * @param fieldId the field
   * @return the field
   */
  @GET("app/{app_id}/field/{field_id}")
  App.Field field(@Path("app_id") long appId, @Path("field_id") long fieldId);

  /**
   * {@code PUT /app/{app_id}/field/{field_id}}: changes a field's settings.
   *
   * @param appId the app
   * @param fieldId the field
   * @param config the new settings
   * @return {@code null}
   */
  @PUT("app/{app_id}/field/{field_id}")
  @Nullable Void updateField(@Path("app_id") long appId, @Path("field_id") long fieldId, @Body FieldConfig config);

  /**
   * {@code DELETE /app/{app_id}/field/{field_id}}: deletes a field.
   *
   * @param appId the app
   * @param fieldId the field
   * @param deleteValues also delete the values items hold in it
   * @return {@code null}
   */
  @DELETE("app/{app_id}/field/{field_id}")
  @Nullable Void deleteField(@Path("app_id") long appId, @Path("field_id") long fieldId,
                             @Query("delete_values") @Nullable Boolean deleteValues);

  // ---- app market

  /**
   * {@code POST /app_store/{share_id}/install}: installs an app market share into a workspace.
   *
   * @param shareId the share
   * @param target the workspace and the shares it depends on
   * @return the apps made
   */
  @POST("app_store/{share_id}/install")
  SharedAppsInstalled installShare(@Path("share_id") long shareId, @Body SpaceTarget target);
}
