/**
 * Tasks and task labels ({@link io.podiokit.api.task.TaskService}; Podio's reference areas Task, TaskLabel).
 */
@NullMarked
package io.podiokit.api.task;

import org.jspecify.annotations.NullMarked;
