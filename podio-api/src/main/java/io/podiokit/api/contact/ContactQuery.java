package io.podiokit.api.contact;

import io.podiokit.api.QueryOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which contacts a contact list returns and how: their type, paging, order, view, fields they must have and field
 * values they must match (text fields match partially). Immutable; it is the query map itself, so service methods
 * take it as {@code @QueryMap ContactQuery query}.
 *
 * <pre>{@code
 * api.contacts().contacts(ContactQuery.builder().contactType("user", "space").field("mail", "@example.com")
 *     .required("phone").limit(50).build());
 * }</pre>
 */
public final class ContactQuery extends QueryOptions {

  private static final ContactQuery DEFAULTS = new ContactQuery(Map.of());

  private ContactQuery(Map<String, String> query) {
    super(query);
  }

  /**
   * Podio's defaults: user contacts only, without the caller, by name, mini view.
   *
   * @return the query
   */
  public static ContactQuery defaults() {
    return DEFAULTS;
  }

  /**
   * A builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContactQuery}. */
  public static final class Builder {
    private final Map<String, String> query = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The types of contacts to return (Podio's default: {@code user}).
     *
     * @param types {@code user}, {@code space} or both
     * @return this builder
     */
    public Builder contactType(String... types) {
      Objects.requireNonNull(types, "types == null");
      if (types.length == 0) {
        throw new IllegalArgumentException("give at least one contact type: user or space");
      }
      for (String t : types) {
        if (!"user".equals(t) && !"space".equals(t)) {
          throw new IllegalArgumentException("contact type must be user or space, was " + t);
        }
      }
      query.put("contact_type", String.join(",", types));
      return this;
    }

    /**
     * Whether the caller's own profile is left out (Podio's default: true).
     *
     * @param exclude false to include it
     * @return this builder
     */
    public Builder excludeSelf(boolean exclude) {
      query.put("exclude_self", Boolean.toString(exclude));
      return this;
    }

    /**
     * At most this many contacts.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1, was " + limit);
      }
      query.put("limit", Integer.toString(limit));
      return this;
    }

    /**
     * Skip this many contacts.
     *
     * @param offset 0 or more
     * @return this builder
     */
    public Builder offset(int offset) {
      query.put("offset", Integer.toString(checkOffset(offset)));
      return this;
    }

    /**
     * The order (Podio's default: {@code name}).
     *
     * @param order {@code name}, {@code last_seen_on}, {@code assigned}, ...
     * @return this builder
     */
    public Builder order(String order) {
      query.put("order", requireText(order, "order"));
      return this;
    }

    /**
     * Only contacts that have a value in each of these fields, e.g. {@code mail}.
     *
     * @param fields field names
     * @return this builder
     */
    public Builder required(String... fields) {
      Objects.requireNonNull(fields, "fields == null");
      if (fields.length == 0) {
        throw new IllegalArgumentException("give at least one required field");
      }
      for (String f : fields) {
        requireText(f, "required field");
      }
      query.put("required", String.join(",", fields));
      return this;
    }

    /**
     * The full view of each contact instead of the mini view.
     *
     * @param full true for {@code full}, false for {@code mini}
     * @return this builder
     */
    public Builder full(boolean full) {
      query.put("type", full ? "full" : "mini");
      return this;
    }

    /**
     * Only the workspace contact with this external id.
     *
     * @param externalId the external id
     * @return this builder
     */
    public Builder externalId(String externalId) {
      query.put("external_id", requireText(externalId, "externalId"));
      return this;
    }

    /**
     * Only contacts whose field {@code name} matches {@code value} (text fields: partially, ignoring case).
     *
     * @param name a contact field, e.g. {@code name}, {@code mail}, {@code organization}
     * @param value the value to match
     * @return this builder
     */
    public Builder field(String name, String value) {
      query.put(requireText(name, "field name"), requireText(value, "field value"));
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     */
    public ContactQuery build() {
      return query.isEmpty() ? DEFAULTS : new ContactQuery(query);
    }
  }
}
