package io.podiokit.api.hook;

import java.util.Objects;

/**
 * The body of {@link HookService#create(String, long, HookCreate)}.
 *
 * @param url where Podio posts the events; its query parameters are moved into the body of each call
 * @param type the event type, e.g. {@code item.create}, {@code comment.create}, {@code task.update}
 */
public record HookCreate(String url, String type) {

  /**
   * Checks the values are given and not blank.
   *
   * @param url where Podio posts the events
   * @param type the event type
   */
  public HookCreate {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(type, "type == null");
    if (url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank: name an event type such as item.create");
    }
  }
}
