package io.podiokit.api.space;

import com.squareup.moshi.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whom {@code POST /space/{space_id}/member/} adds to a workspace, with which role: users by id, profiles by id and
 * people by e-mail address (new or existing Podio users). Build with {@link #builder(SpaceRole)}:
 *
 * <pre>{@code
 * SpaceInvitation.builder(SpaceRole.REGULAR).users(2002).mails("ada@example.com").message("Welcome").build()
 * }</pre>
 *
 * @param role the new members' role
 * @param message a personal message put in the invitation
 * @param users the ids of users to add
 * @param profiles the ids of profiles to add
 * @param mails the e-mail addresses of people to add
 * @param contextRefType {@code item} when inviting to one item
 * @param contextRefId that item's id
 * @param inviteContext where the inviting user was, free text
 */
public record SpaceInvitation(SpaceRole role, @Nullable String message, @Nullable List<Long> users,
                              @Nullable List<Long> profiles, @Nullable List<String> mails,
                              @Json(name = "context_ref_type") @Nullable String contextRefType,
                              @Json(name = "context_ref_id") @Nullable Long contextRefId,
                              @Json(name = "invite_context") @Nullable String inviteContext) {

  /**
   * A builder for an invitation with {@code role}.
   *
   * @param role the new members' role
   * @return the builder
   */
  public static Builder builder(SpaceRole role) {
    return new Builder(Objects.requireNonNull(role, "role == null"));
  }

  /** Builds {@link SpaceInvitation}; at least one user, profile or address is needed. */
  public static final class Builder {
    private final SpaceRole role;
    private @Nullable String message;
    private final List<Long> users = new ArrayList<>();
    private final List<Long> profiles = new ArrayList<>();
    private final List<String> mails = new ArrayList<>();
    private @Nullable Long itemId;
    private @Nullable String inviteContext;

    private Builder(SpaceRole role) {
      this.role = role;
    }

    /**
     * A personal message put in the invitation.
     *
     * @param message the text
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message == null");
      return this;
    }

    /**
     * Adds users by id.
     *
     * @param userIds positive ids
     * @return this builder
     */
    public Builder users(long... userIds) {
      users.addAll(positive(userIds, "user id"));
      return this;
    }

    /**
     * Adds users by profile id.
     *
     * @param profileIds positive ids
     * @return this builder
     */
    public Builder profiles(long... profileIds) {
      profiles.addAll(positive(profileIds, "profile id"));
      return this;
    }

    /**
     * Adds people by e-mail address.
     *
     * @param addresses addresses containing {@code @}
     * @return this builder
     */
    public Builder mails(String... addresses) {
      Objects.requireNonNull(addresses, "addresses == null");
      for (String a : addresses) {
        if (a == null || !a.contains("@")) {
          throw new IllegalArgumentException("not an e-mail address: " + a);
        }
      }
      mails.addAll(Arrays.asList(addresses));
      return this;
    }

    /**
     * Invites to one item of the workspace.
     *
     * @param itemId the item
     * @return this builder
     */
    public Builder toItem(long itemId) {
      this.itemId = positive(new long[] {itemId}, "item id").get(0);
      return this;
    }

    /**
     * Where the inviting user was when inviting, free text.
     *
     * @param context the text
     * @return this builder
     */
    public Builder inviteContext(String context) {
      this.inviteContext = Objects.requireNonNull(context, "context == null");
      return this;
    }

    /**
     * The invitation.
     *
     * @return the invitation
     * @throws IllegalStateException when no user, profile or address was added
     */
    public SpaceInvitation build() {
      if (users.isEmpty() && profiles.isEmpty() && mails.isEmpty()) {
        throw new IllegalStateException("add at least one user, profile or e-mail address to invite");
      }
      return new SpaceInvitation(role, message, users.isEmpty() ? null : List.copyOf(users),
          profiles.isEmpty() ? null : List.copyOf(profiles), mails.isEmpty() ? null : List.copyOf(mails),
          itemId == null ? null : "item", itemId, inviteContext);
    }

    private static List<Long> positive(long[] ids, String what) {
      Objects.requireNonNull(ids, () -> what + "s == null");
      List<Long> out = new ArrayList<>();
      for (long id : ids) {
        if (id <= 0) {
          throw new IllegalArgumentException(what + " must be positive, was " + id);
        }
        out.add(id);
      }
      return out;
    }
  }
}
