package io.podiokit.api.space;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields to write on a workspace when it is created (organization and name required) or updated; only the fields
 * set are sent. Build with {@link #builder()}:
 *
 * <pre>{@code
 * SpaceFields.builder().orgId(orgId).name("Sales").privacy("closed").autoJoin(false).build()
 * }</pre>
 *
 * @param orgId the organization to create it in (creation only)
 * @param name its name
 * @param urlLabel the label in its URL
 * @param description its description
 * @param privacy {@code open} or {@code closed}
 * @param autoJoin whether new members of the organization join it
 * @param postOnNewApp whether new apps are posted to its stream
 * @param postOnNewMember whether new members are posted to its stream
 */
public record SpaceFields(@Json(name = "org_id") @Nullable Long orgId, @Nullable String name,
                          @Json(name = "url_label") @Nullable String urlLabel, @Nullable String description,
                          @Nullable String privacy, @Json(name = "auto_join") @Nullable Boolean autoJoin,
                          @Json(name = "post_on_new_app") @Nullable Boolean postOnNewApp,
                          @Json(name = "post_on_new_member") @Nullable Boolean postOnNewMember) {

  /**
   * A builder with no field set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SpaceFields}. */
  public static final class Builder {
    private @Nullable Long orgId;
    private @Nullable String name;
    private @Nullable String urlLabel;
    private @Nullable String description;
    private @Nullable String privacy;
    private @Nullable Boolean autoJoin;
    private @Nullable Boolean postOnNewApp;
    private @Nullable Boolean postOnNewMember;

    private Builder() {}

    /**
     * The organization to create the workspace in.
     *
     * @param orgId a positive id
     * @return this builder
     */
    public Builder orgId(long orgId) {
      if (orgId <= 0) {
        throw new IllegalArgumentException("orgId must be positive, was " + orgId);
      }
      this.orgId = orgId;
      return this;
    }

    /**
     * The workspace's name.
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
     * The label in its URL.
     *
     * @param urlLabel lower case letters, digits and dashes
     * @return this builder
     */
    public Builder urlLabel(String urlLabel) {
      Objects.requireNonNull(urlLabel, "urlLabel == null");
      if (!urlLabel.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalArgumentException("urlLabel must be lower case letters, digits and dashes, was " + urlLabel);
      }
      this.urlLabel = urlLabel;
      return this;
    }

    /**
     * Its description.
     *
     * @param description the text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description == null");
      return this;
    }

    /**
     * Who may join.
     *
     * @param privacy {@code open} (members of the organization) or {@code closed} (invited users only)
     * @return this builder
     */
    public Builder privacy(String privacy) {
      if (!"open".equals(privacy) && !"closed".equals(privacy)) {
        throw new IllegalArgumentException("privacy must be open or closed, was " + privacy);
      }
      this.privacy = privacy;
      return this;
    }

    /**
     * Whether new members of the organization join it.
     *
     * @param autoJoin true to join them
     * @return this builder
     */
    public Builder autoJoin(boolean autoJoin) {
      this.autoJoin = autoJoin;
      return this;
    }

    /**
     * Whether new apps are posted to its stream.
     *
     * @param post true to post them
     * @return this builder
     */
    public Builder postOnNewApp(boolean post) {
      this.postOnNewApp = post;
      return this;
    }

    /**
     * Whether new members are posted to its stream.
     *
     * @param post true to post them
     * @return this builder
     */
    public Builder postOnNewMember(boolean post) {
      this.postOnNewMember = post;
      return this;
    }

    /**
     * The fields set so far.
     *
     * @return the fields
     */
    public SpaceFields build() {
      return new SpaceFields(orgId, name, urlLabel, description, privacy, autoJoin, postOnNewApp, postOnNewMember);
    }
  }
}
