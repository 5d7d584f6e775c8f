package io.podiokit.api.task;

import com.squareup.moshi.Json;
import io.podiokit.api.Paging;
import io.podiokit.api.WriteOptions;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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
 * Tasks and task labels (Podio's reference areas Task, TaskLabel): create (on their own or on an object), read,
 * list, update, assign, complete, rank, summaries, counts, iCal, and the caller's labels.
 *
 * <pre>{@code
 * Task task = api.tasks().create("item", itemId, TaskWrite.create("Review the offer")
 *     .dueAt(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"))).responsible(userId).build());
 * api.tasks().complete(task.taskId());
 * }</pre>
 */
public interface TaskService {

  /**
   * The body of {@link #assign(long, Assign)}.
   *
   * @param responsible the new responsible user's id
   */
  record Assign(long responsible) {}

  /**
   * The body of {@link #rank(long, Rank)}: the task goes between two others (either may be {@code null}).
   *
   * @param before the task it goes before
   * @param after the task it goes after
   */
  record Rank(@Nullable Long before, @Nullable Long after) {}

  /**
   * The body of {@link #updateReference(long, Reference)}.
   *
   * @param refType the object's type
   * @param refId the object's id
   */
  record Reference(@Json(name = "ref_type") String refType, @Json(name = "ref_id") long refId) {
    /**
     * Checks.
     *
     * @param refType the object's type
     * @param refId the object's id
     */
    public Reference {
      Objects.requireNonNull(refType, "refType == null");
    }
  }

  /**
   * The body of {@link #updatePrivate(long, Private, WriteOptions)}.
   *
   * @param isPrivate whether only the creator and the responsible see the task
   */
  record Private(@Json(name = "private") boolean isPrivate) {}

  /**
   * How many tasks an object has.
   *
   * @param count the number of active tasks on it
   */
  record Count(long count) {}

  /**
   * A label just made.
   *
   * @param labelId its id
   */
  record LabelCreated(@Json(name = "label_id") long labelId) {}

  /**
   * {@code POST /task/}: creates a task (attached to an object when the write names one).
   *
   * @param task what to create; {@code text} is required
   * @param options {@code silent}, {@code hook}, {@code fields}
   * @return the task
   */
  @POST("task/")
  Task create(@Body TaskWrite task, @QueryMap WriteOptions options);

  /**
   * Creates a task with Podio's default options.
   *
   * @param task what to create
   * @return the task
   */
  default Task create(TaskWrite task) {
    return create(task, WriteOptions.none());
  }

  /**
   * {@code POST /task/{ref_type}/{ref_id}/}: creates a task on an object.
   *
   * @param refType {@code item}, {@code status}, {@code space}, ...
   * @param refId the object's id
   * @param task what to create
   * @param options {@code silent}, {@code hook}, {@code fields}
   * @return the task
   */
  @POST("task/{ref_type}/{ref_id}/")
  Task create(@Path("ref_type") String refType, @Path("ref_id") long refId, @Body TaskWrite task,
              @QueryMap WriteOptions options);

  /**
   * Creates a task on an object with Podio's default options.
   *
   * @param refType {@code item}, {@code status}, {@code space}, ...
   * @param refId the object's id
   * @param task what to create
   * @return the task
   */
  default Task create(String refType, long refId, TaskWrite task) {
    return create(refType, refId, task, WriteOptions.none());
  }

  /**
   * {@code GET /task/{task_id}}: one task.
   *
   * @param taskId the task's id
   * @return the task
   */
  @GET("task/{task_id}")
  Task task(@Path("task_id") long taskId);

  /**
   * {@code GET /task/}: one page of tasks.
   *
   * @param query page, filters, order
   * @return the page
   */
  @GET("task/")
  List<Task> tasks(@QueryMap TaskQuery query);

  /**
   * Every task {@code query} matches, fetched page by page as the stream is used.
   *
   * @param query filters and order (its limit and offset are replaced per page)
   * @return the tasks
   */
  default Stream<Task> allTasks(TaskQuery query) {
    return Paging.defaults().stream((offset, limit) -> tasks(query.page(offset, Math.min(limit, TaskQuery.MAX_LIMIT))));
  }

  /**
   * {@code PUT /task/{task_id}}: changes a task.
   *
   * @param taskId the task's id
   * @param changes what changes (build with {@link TaskWrite#changes()})
   * @param options {@code silent}, {@code hook}, {@code fields}
   * @return the task as changed
   */
  @PUT("task/{task_id}")
  Task update(@Path("task_id") long taskId, @Body TaskWrite changes, @QueryMap WriteOptions options);

  /**
   * Changes a task with Podio's default options.
   *
   * @param taskId the task's id
   * @param changes what changes
   * @return the task as changed
   */
  default Task update(long taskId, TaskWrite changes) {
    return update(taskId, changes, WriteOptions.none());
  }

  /**
   * {@code DELETE /task/{task_id}}: deletes a task.
   *
   * @param taskId the task's id
   * @return {@code null}
   */
  @DELETE("task/{task_id}")
  Void delete(@Path("task_id") long taskId);

  /**
   * {@code POST /task/{task_id}/assign}: makes a user responsible.
   *
   * @param taskId the task's id
   * @param assign the user
   * @return {@code null}
   */
  @POST("task/{task_id}/assign")
  Void assign(@Path("task_id") long taskId, @Body Assign assign);

  /**
   * Makes a user responsible for a task.
   *
   * @param taskId the task's id
   * @param userId the user's id
   */
  default void assign(long taskId, long userId) {
    assign(taskId, new Assign(userId));
  }

  /**
   * {@code POST /task/{task_id}/complete}: marks a task completed.
   *
   * @param taskId the task's id
   * @return {@code null}
   */
  @POST("task/{task_id}/complete")
  Void complete(@Path("task_id") long taskId);

  /**
   * {@code POST /task/{task_id}/incomplete}: marks a completed task active again.
   *
   * @param taskId the task's id
   * @return {@code null}
   */
  @POST("task/{task_id}/incomplete")
  Void incomplete(@Path("task_id") long taskId);

  /**
   * {@code POST /task/{task_id}/rank}: moves a task in the caller's order.
   *
   * @param taskId the task's id
   * @param rank between which tasks
   * @return {@code null}
   */
  @POST("task/{task_id}/rank")
  Void rank(@Path("task_id") long taskId, @Body Rank rank);

  /**
   * {@code PUT /task/{task_id}/ref}: attaches a task to another object.
   *
   * @param taskId the task's id
   * @param ref the object
   * @return {@code null}
   */
  @PUT("task/{task_id}/ref")
  Void updateReference(@Path("task_id") long taskId, @Body Reference ref);

  /**
   * {@code DELETE /task/{task_id}/ref}: detaches a task from its object.
   *
   * @param taskId the task's id
   * @return {@code null}
   */
  @DELETE("task/{task_id}/ref")
  Void removeReference(@Path("task_id") long taskId);

  /**
   * {@code PUT /task/{task_id}/private}: makes a task private or not.
   *
   * @param taskId the task's id
   * @param value private or not
   * @param options {@code silent}, {@code hook}, {@code fields}
   * @return {@code null}
   */
  @PUT("task/{task_id}/private")
  Void updatePrivate(@Path("task_id") long taskId, @Body Private value, @QueryMap WriteOptions options);

  /**
   * Makes a task private or not, with Podio's default options.
   *
   * @param taskId the task's id
   * @param isPrivate private or not
   */
  default void updatePrivate(long taskId, boolean isPrivate) {
    updatePrivate(taskId, new Private(isPrivate), WriteOptions.none());
  }

  /**
   * {@code GET /calendar/task/{task_id}/ics/}: a task as an iCalendar file ({@code text/calendar}).
   *
   * @param taskId the task's id
   * @return the iCalendar bytes
   */
  @GET("calendar/task/{task_id}/ics/")
  byte[] ical(@Path("task_id") long taskId);

  /**
   * {@code GET /task/summary}: the caller's active tasks by group.
   *
   * @param limit at most this many tasks per group, or {@code null} for Podio's default
   * @return the summary
   */
  @GET("task/summary")
  TaskSummary summary(@Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /task/personal/summary}: the caller's active tasks outside any workspace, by group.
   *
   * @param limit at most this many tasks per group, or {@code null} for Podio's default
   * @return the summary
   */
  @GET("task/personal/summary")
  TaskSummary personalSummary(@Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /task/org/{org_id}/summary}: the active tasks in an organization, by group.
   *
   * @param orgId the organization's id
   * @param limit at most this many tasks per group, or {@code null}
   * @return the summary
   */
  @GET("task/org/{org_id}/summary")
  TaskSummary orgSummary(@Path("org_id") long orgId, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /task/space/{space_id}/summary}: the active tasks in a workspace, by group.
   *
   * @param spaceId the workspace's id
   * @param limit at most this many tasks per group, or {@code null}
   * @return the summary
   */
  @GET("task/space/{space_id}/summary")
  TaskSummary spaceSummary(@Path("space_id") long spaceId, @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /task/{ref_type}/{ref_id}/summary}: the active tasks on an object, by group.
   *
   * @param refType the object's type
   * @param refId its id
   * @param limit at most this many tasks per group, or {@code null}
   * @return the summary
   */
  @GET("task/{ref_type}/{ref_id}/summary")
  TaskSummary referenceSummary(@Path("ref_type") String refType, @Path("ref_id") long refId,
                               @Query("limit") @Nullable Integer limit);

  /**
   * {@code GET /task/{ref_type}/{ref_id}/count}: how many active tasks an object has.
   *
   * @param refType the object's type
   * @param refId its id
   * @return the count
   */
  @GET("task/{ref_type}/{ref_id}/count")
  Count count(@Path("ref_type") String refType, @Path("ref_id") long refId);

  /**
   * {@code POST /task/label/}: makes a label for the caller's tasks.
   *
   * @param label its text and color
   * @return its id
   */
  @POST("task/label/")
  LabelCreated createLabel(@Body TaskLabelWrite label);

  /**
   * {@code GET /task/label}: the caller's labels.
   *
   * @return the labels
   */
  @GET("task/label")
  List<TaskLabel> labels();

  /**
   * {@code PUT /task/label/{label_id}}: changes a label's text and color.
   *
   * @param labelId the label's id
   * @param label its new text and color
   * @return {@code null}
   */
  @PUT("task/label/{label_id}")
  Void updateLabel(@Path("label_id") long labelId, @Body TaskLabelWrite label);

  /**
   * {@code DELETE /task/label/{label_id}}: deletes a label (it leaves the tasks that had it).
   *
   * @param labelId the label's id
   * @return {@code null}
   */
  @DELETE("task/label/{label_id}")
  Void deleteLabel(@Path("label_id") long labelId);
}
