package io.podiokit.api.notification;

import io.podiokit.api.QueryOptions;
import java.util.Map;

/**
 * What {@link NotificationService#groups(NotificationQuery)} asks for: a page ({@code limit}, {@code offset}) and
 * filters. Immutable; it is the query map itself.
 *
 * <pre>{@code
 * api.notifications().groups(NotificationQuery.builder().viewed(false).limit(20).build());
 * }</pre>
 */
public final class NotificationQuery extends QueryOptions {

  /** Podio's largest page of notification groups. */
  public static final int MAX_LIMIT = 100;

  private NotificationQuery(Map<String, String> query) {
    super(query);
  }

  /**
   * A builder with no filter and Podio's default page.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * No filter, Podio's default page.
   *
   * @return the query
   */
  public static NotificationQuery all() {
    return builder().build();
  }

  /**
   * This query for another page.
   *
   * @param offset skip this many groups
   * @param limit at most this many groups (1 to {@value #MAX_LIMIT})
   * @return a copy with {@code offset} and {@code limit} set
   */
  public NotificationQuery page(int offset, int limit) {
    return new Builder(this).offset(offset).limit(limit).build();
  }

  /** Builds a {@link NotificationQuery}. */
  public static final class Builder extends PageBuilder<Builder> {

    private Builder(Map<String, String> query) {
      super(query, MAX_LIMIT);
    }


    /**
     * Only viewed ({@code true}) or only unviewed ({@code false}) notifications.
     *
     * @param viewed which
     * @return this builder
     */
    public Builder viewed(boolean viewed) {
      query.put("viewed", Boolean.toString(viewed));
      return this;
    }

    /**
     * Only starred ({@code true}) or only unstarred ({@code false}) notifications.
     *
     * @param starred which
     * @return this builder
     */
    public Builder starred(boolean starred) {
      query.put("starred", Boolean.toString(starred));
      return this;
    }

    /**
     * Only notifications of one type.
     *
     * @param type e.g. {@code comment}, {@code update}, {@code task}
     * @return this builder
     */
    public Builder type(String type) {
      query.put("type", requireText(type, "type"));
      return this;
    }

    /**
     * Only notifications about objects of one type.
     *
     * @param contextType e.g. {@code item}, {@code task}, {@code status}
     * @return this builder
     */
    public Builder contextType(String contextType) {
      query.put("context_type", requireText(contextType, "contextType"));
      return this;
    }

    /**
     * The query.
     *
     * @return an immutable query
     */
    public NotificationQuery build() {
      return new NotificationQuery(query);
    }
  }
}
