package io.podiokit.api.user;

import io.podiokit.api.contact.ContactFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The authenticated user (Podio's reference areas User, UserStatus): the account, its status, its profile and the
 * properties integrations keep on it. Other users' profiles are in
 * {@link io.podiokit.api.contact.ContactService#userContact(long)}.
 */
public interface UserService {

  /**
   * {@code GET /user/status}: the authenticated user, their profile and counters.
   *
   * @return the status
   */
  @GET("user/status")
  UserStatus status();

  /**
   * {@code GET /user}: the authenticated user's account.
   *
   * @return the account
   */
  @GET("user")
  User user();

  /**
   * {@code PUT /user/profile/}: sets fields of the user's own profile.
   *
   * @param fields the fields to set; the others keep their values
   * @return {@code null}
   */
  @PUT("user/profile/")
  Void updateProfile(@Body ContactFields fields);

  /**
   * {@code GET /user/profile/{field}}: the values of one field of the user's own profile.
   *
   * @param field the field, e.g. {@code mail} or {@code title}
   * @return its values (one for single-valued fields); empty when none
   */
  @GET("user/profile/{field}")
  List<Object> profileField(@Path("field") String field);

  /**
   * {@code GET /user/property/{name}}: one property of the user.
   *
   * @param name the property's name
   * @return the property
   */
  @GET("user/property/{name}")
  UserProperty property(@Path("name") String name);

  /**
   * {@code PUT /user/property/{name}}: sets one property of the user.
   *
   * @param name the property's name
   * @param property its value
   * @return {@code null}
   */
  @PUT("user/property/{name}")
  Void setProperty(@Path("name") String name, @Body UserProperty property);

  /**
   * {@code PUT /user/property/{name}} with {@code value}.
   *
   * @param name the property's name
   * @param value a text, number, boolean, list or map
   * @return {@code null}
   */
  default Void setProperty(String name, Object value) {
    Objects.requireNonNull(value, "value == null; delete a property with deleteProperty(name)");
    return setProperty(name, new UserProperty(value));
  }

  /**
   * {@code PUT /user/property/}: sets several properties of the user at once.
   *
   * @param properties name to value
   * @return {@code null}
   */
  @PUT("user/property/")
  Void setProperties(@Body Map<String, Object> properties);

  /**
   * {@code DELETE /user/property/{name}}: removes a property of the user.
   *
   * @param name the property's name
   * @return {@code null}
   */
  @DELETE("user/property/{name}")
  Void deleteProperty(@Path("name") String name);
}
