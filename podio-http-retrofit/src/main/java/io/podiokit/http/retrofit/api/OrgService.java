package io.podiokit.http.retrofit.api;

import java.util.List;
import retrofit2.http.GET;

/** Podio's organizations. */
public interface OrgService {

  /** {@return {@code GET /org/}: the organizations the user is a member of, with their workspaces} */
  @GET("org/")
  List<Organization> organizations();
}
