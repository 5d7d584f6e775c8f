package io.podiokit.api.integration;

import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Integrations: an app fed from an external source (a spreadsheet, a database, a feed), one per app, with a mapping
 * from the source's fields to the app's, refreshed on demand.
 *
 * <pre>{@code
 * api.integrations().create(appId, IntegrationSettings.of("csv", Map.of("url", "https://example.com/data.csv")));
 * api.integrations().refresh(appId);
 * }</pre>
 */
public interface IntegrationService {

  /**
   * {@code GET /integration/{app_id}}: an app's integration.
   *
   * @param appId the app
   * @return its integration; Podio answers 404 when it has none
   */
  @GET("integration/{app_id}")
  Integration integration(@Path("app_id") long appId);

  /**
   * {@code POST /integration/{app_id}}: gives an app an integration; 409 when it has one already.
   *
   * @param appId the app
   * @param settings the source's type and config
   * @return the new integration's id
   */
  @POST("integration/{app_id}")
  IntegrationCreated create(@Path("app_id") long appId, @Body IntegrationSettings settings);

  /**
   * {@code PUT /integration/{app_id}}: changes an app's integration (config, silence, mapping).
   *
   * @param appId the app
   * @param settings the new settings; the type stays
   * @return {@code null}
   */
  @PUT("integration/{app_id}")
  Void update(@Path("app_id") long appId, @Body IntegrationSettings settings);

  /**
   * {@code DELETE /integration/{app_id}}: removes an app's integration.
   *
   * @param appId the app
   * @return {@code null}
   */
  @DELETE("integration/{app_id}")
  Void delete(@Path("app_id") long appId);

  /**
   * {@code POST /integration/{app_id}/refresh}: reads the source again now.
   *
   * @param appId the app
   * @return {@code null}
   */
  @POST("integration/{app_id}/refresh")
  Void refresh(@Path("app_id") long appId);
}
