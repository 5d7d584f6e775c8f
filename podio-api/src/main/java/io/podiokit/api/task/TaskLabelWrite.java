package io.podiokit.api.task;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A task label to create or change.
 *
 * @param text its text
 * @param color its color, six hex digits such as {@code "E9E9E9"}, or {@code null} for Podio's default
 */
public record TaskLabelWrite(String text, @Nullable String color) {

  /**
   * Checks.
   *
   * @param text its text
   * @param color its color, six hex digits such as {@code "E9E9E9"}, or {@code null} for Podio's default
   */
  public TaskLabelWrite {
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if (color != null && !color.matches("[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("color must be six hex digits such as E9E9E9, was \"" + color + "\"");
    }
  }
}
