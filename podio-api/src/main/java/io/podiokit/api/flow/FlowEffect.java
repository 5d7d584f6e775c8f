package io.podiokit.api.flow;

import java.util.Map;
import java.util.Objects;

/**
 * One thing a flow does, and the body that asks which attributes an effect takes.
 *
 * @param type e.g. {@code task.create}, {@code item.create}, {@code item.update}, {@code comment.create}
 * @param values its attributes' values, which may hold placeholders of the flow's context
 */
public record FlowEffect(String type, Map<String, Object> values) {

  /**
   * Checks and copies.
   *
   * @param type e.g. {@code task.create}, {@code item.create}, {@code item.update}, {@code comment.create}
   * @param values its attributes' values, which may hold placeholders of the flow's context
   */
  public FlowEffect {
    Objects.requireNonNull(type, "type == null");
    values = Map.copyOf(Objects.requireNonNull(values, "values == null"));
  }

  /**
   * An effect.
   *
   * @param type its type
   * @param values its attributes' values
   * @return the effect
   */
  public static FlowEffect of(String type, Map<String, Object> values) {
    return new FlowEffect(type, values);
  }
}
