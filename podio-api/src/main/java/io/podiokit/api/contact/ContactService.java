package io.podiokit.api.contact;

import io.podiokit.api.IdList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * Contacts and profiles (Podio's reference area Contact): users' profiles and the contacts kept in workspaces, found by
 * organization, workspace, app or field values; workspace contacts created, updated and deleted; vCards.
 */
public interface ContactService {

  /**
   * {@code GET /contact/{profile_ids}/v2}: the contacts with these profile ids. Podio answers one contact as an object
   * and several as a list; this is always a list.
   *
   * @param profileIds the profile ids, sent comma-joined in one path segment
   * @return the contacts, in Podio's order
   */
  @GET("contact/{profile_ids}/v2")
  ContactList byIds(@Path("profile_ids") IdList profileIds);

  /**
   * {@code GET /contact/{profile_ids}/v2} for these profile ids.
   *
   * @param profileIds at least one profile id
   * @return the contacts
   */
  default List<Contact> byIds(long... profileIds) {
    return byIds(IdList.of(profileIds));
  }

  /**
   * {@code GET /contact/{profile_ids}/v2} for these profile ids.
   *
   * @param profileIds at least one profile id
   * @return the contacts
   */
  default List<Contact> byIds(Collection<Long> profileIds) {
    return byIds(IdList.of(profileIds));
  }

  /**
   * {@code GET /contact/}: the user's contacts.
   *
   * @param query which contacts and how
   * @return the contacts
   */
  @GET("contact/")
  List<Contact> contacts(@QueryMap ContactQuery query);

  /**
   * {@code GET /contact/} with Podio's defaults: the user contacts, without the caller, by name, mini view.
   *
   * @return the contacts
   */
  default List<Contact> contacts() {
    return contacts(ContactQuery.defaults());
  }

  /**
   * {@code GET /contact/org/{org_id}}: the user's contacts in an organization.
   *
   * @param orgId the organization
   * @param query which contacts and how
   * @return the contacts
   */
  @GET("contact/org/{org_id}")
  List<Contact> orgContacts(@Path("org_id") long orgId, @QueryMap ContactQuery query);

  /**
   * {@code GET /contact/space/{space_id}/}: the contacts of a workspace, members and workspace contacts.
   *
   * @param spaceId the workspace
   * @param query which contacts and how
   * @return the contacts
   */
  @GET("contact/space/{space_id}/")
  List<Contact> spaceContacts(@Path("space_id") long spaceId, @QueryMap ContactQuery query);

  /**
   * {@code GET /contact/app/{app_id}/}: the workspace contacts of the workspace an app is in.
   *
   * @param appId the app
   * @param query paging, order and field values ({@code limit}, {@code offset}, {@code order}, fields)
   * @return the contacts
   */
  @GET("contact/app/{app_id}/")
  List<Contact> appContacts(@Path("app_id") long appId, @QueryMap ContactQuery query);

  /**
   * {@code GET /contact/user/{user_id}}: a user's profile.
   *
   * @param userId the user
   * @return the profile
   */
  @GET("contact/user/{user_id}")
  Contact userContact(@Path("user_id") long userId);

  /**
   * {@code GET /contact/user/{user_id}/{key}}: the values of one field of a user's profile.
   *
   * @param userId the user
   * @param key the field, e.g. {@code mail} or {@code name}
   * @return its values (one for single-valued fields); empty when none
   */
  @GET("contact/user/{user_id}/{key}")
  List<Object> userContactField(@Path("user_id") long userId, @Path("key") String key);

  /**
   * {@code GET /contact/{profile_id}/vcard}: a contact as a vCard ({@code text/vcard}).
   *
   * @param profileId the contact
   * @return the vCard's bytes (UTF-8 text)
   */
  @GET("contact/{profile_id}/vcard")
  byte[] vcard(@Path("profile_id") long profileId);

  /**
   * {@code GET /contact/totals/}: the user's contact counts, as Podio sends them.
   *
   * @return the counts, as free-form JSON
   */
  @GET("contact/totals/")
  Map<String, Object> totals();

  /**
   * {@code GET /contact/totals/v3/}: the user's contact counts by organization and workspace.
   *
   * @return the counts
   */
  @GET("contact/totals/v3/")
  ContactTotals totalsV3();

  /**
   * {@code GET /contact/space/{space_id}/totals/}: how many contacts a workspace has.
   *
   * @param spaceId the workspace
   * @return the count
   */
  @GET("contact/space/{space_id}/totals/")
  SpaceContactTotals spaceTotals(@Path("space_id") long spaceId);

  /**
   * {@code GET /contact/skill/}: the skills of the user's contacts that start with {@code text}, most used first.
   *
   * @param text the start of the skill, or {@code null} for all
   * @param limit at most this many, or {@code null} for Podio's default (12)
   * @return the skills
   */
  @GET("contact/skill/")
  List<String> skills(@Query("text") @Nullable String text, @Query("limit") @Nullable Integer limit);

  /**
   * {@code POST /contact/space/{space_id}/}: creates a workspace contact.
   *
   * @param spaceId the workspace
   * @param fields the contact's fields; {@code name} is required
   * @return the new contact's profile id
   */
  @POST("contact/space/{space_id}/")
  ContactCreated create(@Path("space_id") long spaceId, @Body ContactFields fields);

  /**
   * {@code PUT /contact/{profile_id}}: sets fields of a workspace contact.
   *
   * @param profileId the contact
   * @param fields the fields to set; the others keep their values
   * @return {@code null}
   */
  @PUT("contact/{profile_id}")
  Void update(@Path("profile_id") long profileId, @Body ContactFields fields);

  /**
   * {@code PUT /contact/{profile_id}/{key}}: sets one field of a workspace contact.
   *
   * @param profileId the contact
   * @param key the field, e.g. {@code phone}
   * @param value the field's value: {@code {"value": ...}}, a text or a list of texts
   * @return {@code null}
   */
  @PUT("contact/{profile_id}/{key}")
  Void updateField(@Path("profile_id") long profileId, @Path("key") String key, @Body FieldValue value);

  /**
   * {@code PUT /contact/{profile_id}/{key}} with one value.
   *
   * @param profileId the contact
   * @param key the field
   * @param value the value: a text, a number or a list of texts for a field with several values
   * @return {@code null}
   */
  default Void updateField(long profileId, String key, Object value) {
    return updateField(profileId, key, new FieldValue(value));
  }

  /**
   * {@code DELETE /contact/{profile_ids}}: deletes workspace contacts.
   *
   * @param profileIds the contacts, sent comma-joined in one path segment
   * @return {@code null}
   */
  @DELETE("contact/{profile_ids}")
  Void delete(@Path("profile_ids") IdList profileIds);

  /**
   * {@code DELETE /contact/{profile_ids}} for these profile ids.
   *
   * @param profileIds at least one profile id
   * @return {@code null}
   */
  default Void delete(long... profileIds) {
    return delete(IdList.of(profileIds));
  }

  /**
   * {@code DELETE /contact/{profile_ids}} for these profile ids.
   *
   * @param profileIds at least one profile id
   * @return {@code null}
   */
  default Void delete(Collection<Long> profileIds) {
    return delete(IdList.of(profileIds));
  }

  /**
   * The body of a one-field update: {@code {"value": ...}}.
   *
   * @param value a text, a number or a list of texts
   */
  record FieldValue(Object value) {}
}
