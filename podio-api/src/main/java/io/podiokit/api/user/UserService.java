package io.podiokit.api.user;

import retrofit2.http.GET;

/** Podio's user area, for the authenticated user. */
public interface UserService {

  /** {@code GET /user/status}: the authenticated user, their profile and counters. */
  @GET("user/status")
  UserStatus status();
}
