package io.podiokit.api.contact;

import com.squareup.moshi.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields to write on a contact or on the user's own profile: a workspace contact's fields when created or
 * updated, the profile's when updated with {@code PUT /user/profile/}. Only the fields set are sent; the others keep
 * their values. Build with {@link #builder()}:
 *
 * <pre>{@code
 * ContactFields.builder().name("Ada Lovelace").mail("ada@example.com").title("Analyst").build()
 * }</pre>
 *
 * @param name the full name
 * @param avatar the file id of the avatar
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
 * @param externalId an external id (workspace contacts only)
 * @param mail e-mail addresses
 * @param phone phone numbers
 * @param address addresses
 * @param location locations
 * @param title titles
 * @param url homepage URLs
 * @param skill skills
 */
public record ContactFields(@Nullable String name, @Nullable Long avatar, @Nullable String birthdate,
                            @Nullable String organization, @Nullable String department, @Nullable String vatin,
                            @Nullable String skype, @Nullable String about, @Nullable String zip,
                            @Nullable String city, @Nullable String state, @Nullable String country,
                            @Nullable String linkedin, @Nullable String twitter,
                            @Json(name = "external_id") @Nullable String externalId, @Nullable List<String> mail,
                            @Nullable List<String> phone, @Nullable List<String> address,
                            @Nullable List<String> location, @Nullable List<String> title,
                            @Nullable List<String> url, @Nullable List<String> skill) {

  /**
   * A builder with no field set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContactFields}; every setter replaces what it sets and refuses null. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Long avatar;
    private @Nullable String birthdate;
    private @Nullable String organization;
    private @Nullable String department;
    private @Nullable String vatin;
    private @Nullable String skype;
    private @Nullable String about;
    private @Nullable String zip;
    private @Nullable String city;
    private @Nullable String state;
    private @Nullable String country;
    private @Nullable String linkedin;
    private @Nullable String twitter;
    private @Nullable String externalId;
    private @Nullable List<String> mail;
    private @Nullable List<String> phone;
    private @Nullable List<String> address;
    private @Nullable List<String> location;
    private @Nullable List<String> title;
    private @Nullable List<String> url;
    private @Nullable List<String> skill;

    private Builder() {}

    /**
     * The full name.
     *
     * @param name not blank
     * @return this builder
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /**
     * The avatar.
     *
     * @param fileId the id of an uploaded image file
     * @return this builder
     */
    public Builder avatar(long fileId) {
      this.avatar = fileId;
      return this;
    }

    /**
     * The birth date.
     *
     * @param birthdate {@code yyyy-MM-dd}
     * @return this builder
     */
    public Builder birthdate(String birthdate) {
      this.birthdate = text(birthdate, "birthdate");
      return this;
    }

    /**
     * The organization or company.
     *
     * @param organization its name
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = text(organization, "organization");
      return this;
    }

    /**
     * The department.
     *
     * @param department its name
     * @return this builder
     */
    public Builder department(String department) {
      this.department = text(department, "department");
      return this;
    }

    /**
     * The VAT identification number.
     *
     * @param vatin the number
     * @return this builder
     */
    public Builder vatin(String vatin) {
      this.vatin = text(vatin, "vatin");
      return this;
    }

    /**
     * The Skype name.
     *
     * @param skype the name
     * @return this builder
     */
    public Builder skype(String skype) {
      this.skype = text(skype, "skype");
      return this;
    }

    /**
     * A short text about the person.
     *
     * @param about the text
     * @return this builder
     */
    public Builder about(String about) {
      this.about = text(about, "about");
      return this;
    }

    /**
     * The zip code.
     *
     * @param zip the code
     * @return this builder
     */
    public Builder zip(String zip) {
      this.zip = text(zip, "zip");
      return this;
    }

    /**
     * The city.
     *
     * @param city its name
     * @return this builder
     */
    public Builder city(String city) {
      this.city = text(city, "city");
      return this;
    }

    /**
     * The state.
     *
     * @param state its name
     * @return this builder
     */
    public Builder state(String state) {
      this.state = text(state, "state");
      return this;
    }

    /**
     * The country.
     *
     * @param country its name
     * @return this builder
     */
    public Builder country(String country) {
      this.country = text(country, "country");
      return this;
    }

    /**
     * The LinkedIn profile.
     *
     * @param linkedin its URL
     * @return this builder
     */
    public Builder linkedin(String linkedin) {
      this.linkedin = text(linkedin, "linkedin");
      return this;
    }

    /**
     * The Twitter name.
     *
     * @param twitter the name
     * @return this builder
     */
    public Builder twitter(String twitter) {
      this.twitter = text(twitter, "twitter");
      return this;
    }

    /**
     * An external id, to find the contact by later (workspace contacts only).
     *
     * @param externalId the id
     * @return this builder
     */
    public Builder externalId(String externalId) {
      this.externalId = text(externalId, "externalId");
      return this;
    }

    /**
     * The e-mail addresses.
     *
     * @param mail the addresses
     * @return this builder
     */
    public Builder mail(String... mail) {
      this.mail = list(mail, "mail");
      return this;
    }

    /**
     * The phone numbers.
     *
     * @param phone the numbers
     * @return this builder
     */
    public Builder phone(String... phone) {
      this.phone = list(phone, "phone");
      return this;
    }

    /**
     * The addresses.
     *
     * @param address the addresses
     * @return this builder
     */
    public Builder address(String... address) {
      this.address = list(address, "address");
      return this;
    }

    /**
     * The locations.
     *
     * @param location the locations
     * @return this builder
     */
    public Builder location(String... location) {
      this.location = list(location, "location");
      return this;
    }

    /**
     * The titles.
     *
     * @param title the titles
     * @return this builder
     */
    public Builder title(String... title) {
      this.title = list(title, "title");
      return this;
    }

    /**
     * The homepage URLs.
     *
     * @param url the URLs
     * @return this builder
     */
    public Builder url(String... url) {
      this.url = list(url, "url");
      return this;
    }

    /**
     * The skills.
     *
     * @param skill the skills
     * @return this builder
     */
    public Builder skill(String... skill) {
      this.skill = list(skill, "skill");
      return this;
    }

    /**
     * The fields set so far.
     *
     * @return the fields
     */
    public ContactFields build() {
      return new ContactFields(name, avatar, birthdate, organization, department, vatin, skype, about, zip, city,
          state, country, linkedin, twitter, externalId, mail, phone, address, location, title, url, skill);
    }

    private static String text(String value, String what) {
      return Objects.requireNonNull(value, () -> what + " == null");
    }

    private static List<String> list(String[] values, String what) {
      Objects.requireNonNull(values, () -> what + " == null");
      for (String v : values) {
        Objects.requireNonNull(v, () -> what + " contains null");
      }
      return List.copyOf(Arrays.asList(values));
    }
  }
}
