package io.podiokit.api.flow;

import java.util.Map;
import java.util.Objects;

/**
 * The body that asks which attributes a flow's conditions may test.
 *
 * @param type the flow's cause, e.g. {@code item.update}
 * @param config its config so far
 */
public record FlowCause(String type, Map<String, Object> config) {

  /**
   * Checks and copies.
   *
   * @param type the flow's cause, e.g. {@code item.update}
   * @param config its config so far
   */
  public FlowCause {
    Objects.requireNonNull(type, "type == null");
    config = Map.copyOf(Objects.requireNonNull(config, "config == null"));
  }

  /**
   * A cause without config.
   *
   * @param type the flow's cause
   * @return the body
   */
  public static FlowCause of(String type) {
    return new FlowCause(type, Map.of());
  }
}
