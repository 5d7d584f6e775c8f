package io.podiokit.api.task;

/** Tasks and task labels: Podio's reference areas Task, TaskLabel. */
public interface TaskService {
}
