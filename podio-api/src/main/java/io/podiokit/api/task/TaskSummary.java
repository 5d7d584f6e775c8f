package io.podiokit.api.task;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caller's active tasks in Podio's three groups.
 *
 * @param overdue tasks due before today
 * @param today tasks due today
 * @param other the rest: due later, or without a due date
 */
public record TaskSummary(@Nullable Group overdue, @Nullable Group today, @Nullable Group other) {

  /**
   * One group of a summary.
   *
   * @param total how many tasks the group has
   * @param tasks the first of them, as many as the summary's limit
   */
  public record Group(long total, List<Task> tasks) {}
}
