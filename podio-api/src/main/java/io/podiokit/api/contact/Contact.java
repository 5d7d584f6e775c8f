package io.podiokit.api.contact;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A contact: a user's profile ({@code type} {@code user}) or a contact kept in a workspace ({@code space}). Fields with
 * one value are single components, fields with several values are lists (empty when not sent); a mini view carries
 * little more than the id, name and avatar.
 *
 * @param profileId the profile's id
 * @param userId the user's id, for a user's profile
 * @param spaceId the workspace's id, for a workspace contact
 * @param type {@code user}, {@code space} or {@code connection}
 * @param externalId the external id set on a workspace contact
 * @param name the full name
 * @param avatar the file id of the avatar
 * @param image the avatar as a file ({@code file_id}, {@code link}, ...); empty when not sent
 * @param link the profile's URL on podio.com
 * @param birthdate the birth date, {@code yyyy-MM-dd}
 * @param organization the organization or company
 * @param department the department
 * @param vatin the VAT identification number
 * @param skype the Skype name
 * @param about a short text about the person
 * @param zip the zip code
 * @param city the city
 * @param state the state
 * @param country the country
 * @param linkedin the LinkedIn profile URL
 * @param twitter the Twitter name
 * @param lastSeenOn when the user was last seen, UTC {@code yyyy-MM-dd HH:mm:ss}
 * @param role the member's role, when listed as a member
 * @param removable whether the contact may be removed
 * @param employee whether the user is an employee of the organization
 * @param mail e-mail addresses
 * @param phone phone numbers
 * @param address addresses
 * @param location locations
 * @param title titles, usually work titles
 * @param url homepage URLs
 * @param skill skills
 * @param im instant messaging addresses
 * @param rights what the caller may do with the contact ({@code view}, {@code update}, {@code delete}, ...)
 */
public record Contact(@Json(name = "profile_id") long profileId, @Json(name = "user_id") @Nullable Long userId,
                      @Json(name = "space_id") @Nullable Long spaceId, @Nullable String type,
                      @Json(name = "external_id") @Nullable String externalId, @Nullable String name,
                      @Nullable Long avatar, Map<String, Object> image, @Nullable String link,
                      @Nullable String birthdate, @Nullable String organization, @Nullable String department,
                      @Nullable String vatin, @Nullable String skype, @Nullable String about, @Nullable String zip,
                      @Nullable String city, @Nullable String state, @Nullable String country,
                      @Nullable String linkedin, @Nullable String twitter,
                      @Json(name = "last_seen_on") @Nullable String lastSeenOn, @Nullable String role,
                      @Nullable Boolean removable, @Json(name = "is_employee") @Nullable Boolean employee,
                      List<String> mail, List<String> phone, List<String> address, List<String> location,
                      List<String> title, List<String> url, List<String> skill, List<String> im,
                      List<String> rights) {}
