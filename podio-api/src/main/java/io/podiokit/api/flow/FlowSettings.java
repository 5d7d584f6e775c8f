package io.podiokit.api.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body that creates or updates a flow.
 *
 * @param name its name
 * @param type its cause: {@code item.create}, {@code item.update}, {@code item.delete} or {@code comment.create}
 * @param config its conditions
 * @param effects what it does; at least one
 */
public record FlowSettings(String name, String type, Map<String, Object> config, List<FlowEffect> effects) {

  /**
   * Checks and copies.
   *
   * @param name its name
   * @param type its cause: {@code item.create}, {@code item.update}, {@code item.delete} or {@code comment.create}
   * @param config its conditions
   * @param effects what it does; at least one
   */
  public FlowSettings {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    config = Map.copyOf(Objects.requireNonNull(config, "config == null"));
    effects = List.copyOf(Objects.requireNonNull(effects, "effects == null"));
    if (effects.isEmpty()) {
      throw new IllegalArgumentException("a flow needs at least one effect");
    }
  }

  /**
   * A flow without conditions.
   *
   * @param name its name
   * @param type its cause
   * @param effects what it does
   * @return the body
   */
  public static FlowSettings of(String name, String type, List<FlowEffect> effects) {
    return new FlowSettings(name, type, Map.of(), effects);
  }
}
