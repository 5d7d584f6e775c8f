/**
 * Users, their profile, settings and status ({@link io.podiokit.api.user.UserService}; Podio's reference areas User, UserStatus).
 */
@NullMarked
package io.podiokit.api.user;

import org.jspecify.annotations.NullMarked;
