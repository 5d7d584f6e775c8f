package io.podiokit.api.app;

import retrofit2.http.GET;
import retrofit2.http.Path;

/** Podio's apps. */
public interface AppService {

  /** {@code GET /app/{app_id}}: an app with its fields. */
  @GET("app/{app_id}")
  App app(@Path("app_id") long appId);
}
