package io.podiokit.api.task;

import io.podiokit.api.QueryOptions;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which tasks {@link TaskService#tasks(TaskQuery)} returns: a page ({@code limit}, {@code offset}), filters and an
 * order. Immutable; it is the query map itself.
 *
 * <pre>{@code
 * api.tasks().tasks(TaskQuery.builder().responsible(userId).completed(false).limit(50).build());
 * }</pre>
 */
public final class TaskQuery extends QueryOptions {

  /** The largest page Podio serves for tasks: 100. */
  public static final int MAX_LIMIT = 100;

  private TaskQuery(Map<String, String> query) {
    super(query);
  }

  /** {@return a builder without filters} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * This query for another page.
   *
   * @param offset how many tasks to skip
   * @param limit how many to return, 1 to {@value #MAX_LIMIT}
   * @return the query for that page
   */
  public TaskQuery page(int offset, int limit) {
    return new Builder(this).offset(offset).limit(limit).build();
  }

  /** Builds a {@link TaskQuery}. */
  public static final class Builder extends PageBuilder<Builder> {

    private Builder(Map<String, String> from) {
      super(from, MAX_LIMIT);
    }


    /**
     * Only completed ({@code true}) or only active ({@code false}) tasks.
     *
     * @param completed which
     * @return this builder
     */
    public Builder completed(boolean completed) {
      query.put("completed", completed ? "1" : "0");
      return this;
    }

    /**
     * Only tasks this user is responsible for.
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder responsible(long userId) {
      query.put("responsible", Long.toString(userId));
      return this;
    }

    /**
     * Only tasks this user created.
     *
     * @param userId the user's id
     * @return this builder
     */
    public Builder createdBy(long userId) {
      query.put("created_by", "user:" + userId);
      return this;
    }

    /**
     * Only tasks attached to this object.
     *
     * @param refType {@code item}, {@code status}, {@code space}, ...
     * @param refId the object's id
     * @return this builder
     */
    public Builder reference(String refType, long refId) {
      Objects.requireNonNull(refType, "refType == null");
      if (!refType.matches("[a-z_]+")) {
        throw new IllegalArgumentException("refType must be a Podio type such as item, was \"" + refType + "\"");
      }
      query.put("reference", refType + ":" + refId);
      return this;
    }

    /**
     * Only tasks on items of this app.
     *
     * @param appId the app's id
     * @return this builder
     */
    public Builder app(long appId) {
      query.put("app", Long.toString(appId));
      return this;
    }

    /**
     * Only tasks in this workspace.
     *
     * @param spaceId the workspace's id
     * @return this builder
     */
    public Builder space(long spaceId) {
      query.put("space", Long.toString(spaceId));
      return this;
    }

    /**
     * Only tasks in this organization.
     *
     * @param orgId the organization's id
     * @return this builder
     */
    public Builder org(long orgId) {
      query.put("org", Long.toString(orgId));
      return this;
    }

    /**
     * Only tasks with this label.
     *
     * @param labelId the label's id
     * @return this builder
     */
    public Builder label(long labelId) {
      query.put("label", Long.toString(labelId));
      return this;
    }

    /**
     * Only the task with this external id.
     *
     * @param externalId the external id
     * @return this builder
     */
    public Builder externalId(String externalId) {
      Objects.requireNonNull(externalId, "externalId == null");
      query.put("external_id", externalId);
      return this;
    }

    /**
     * The order.
     *
     * @param sortBy {@code rank}, {@code created_on}, {@code completed_on} or {@code due_date}
     * @param descending whether descending
     * @return this builder
     */
    public Builder sort(String sortBy, boolean descending) {
      Objects.requireNonNull(sortBy, "sortBy == null");
      if (!Set.of("rank", "created_on", "completed_on", "due_date").contains(sortBy)) {
        throw new IllegalArgumentException("sortBy must be rank, created_on, completed_on or due_date, was \""
            + sortBy + "\"");
      }
      query.put("sort_by", sortBy);
      query.put("sort_desc", Boolean.toString(descending));
      return this;
    }

    /**
     * The view of each task.
     *
     * @param view {@code micro}, {@code basic} or {@code full}
     * @return this builder
     */
    public Builder view(String view) {
      Objects.requireNonNull(view, "view == null");
      if (!Set.of("micro", "basic", "full").contains(view)) {
        throw new IllegalArgumentException("view must be micro, basic or full, was \"" + view + "\"");
      }
      query.put("view", view);
      return this;
    }

    /** {@return the query} */
    public TaskQuery build() {
      return new TaskQuery(query);
    }
  }
}
