package io.podiokit.api.org;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields to write on an organization when it is created or updated; only the fields set are sent.
 *
 * @param name its name
 * @param urlLabel the label in its URL
 * @param logo the file id of its logo
 */
public record OrganizationFields(@Nullable String name, @Json(name = "url_label") @Nullable String urlLabel,
                                 @Nullable Long logo) {

  /**
   * An organization named {@code name}, as {@code POST /org/} needs at least.
   *
   * @param name not blank
   * @return the fields
   */
  public static OrganizationFields named(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    return new OrganizationFields(name, null, null);
  }

  /**
   * These fields with the URL label {@code urlLabel}.
   *
   * @param urlLabel lower case letters, digits and dashes
   * @return the fields
   */
  public OrganizationFields withUrlLabel(String urlLabel) {
    Objects.requireNonNull(urlLabel, "urlLabel == null");
    if (!urlLabel.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("urlLabel must be lower case letters, digits and dashes, was " + urlLabel);
    }
    return new OrganizationFields(name, urlLabel, logo);
  }

  /**
   * These fields with the logo {@code fileId}.
   *
   * @param fileId the id of an uploaded image file
   * @return the fields
   */
  public OrganizationFields withLogo(long fileId) {
    return new OrganizationFields(name, urlLabel, fileId);
  }
}
