package io.podiokit.api.integration;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates or changes an integration.
 *
 * @param type the source's type (needed to create; ignored by an update)
 * @param silent whether its changes make no notifications, or {@code null} to keep it
 * @param config the source's settings (e.g. its URL)
 * @param mapping the source's fields by the app's field ids, or {@code null} to keep it
 */
public record IntegrationSettings(@Nullable String type, @Nullable Boolean silent, Map<String, Object> config,
                                  @Nullable Map<String, Object> mapping) {

  /**
   * Checks and copies.
   *
   * @param type the source's type (needed to create; ignored by an update)
   * @param silent whether its changes make no notifications, or {@code null} to keep it
   * @param config the source's settings (e.g. its URL)
   * @param mapping the source's fields by the app's field ids, or {@code null} to keep it
   */
  public IntegrationSettings {
    config = Map.copyOf(Objects.requireNonNull(config, "config == null"));
    mapping = mapping == null ? null : Map.copyOf(mapping);
  }

  /**
   * A new integration without a mapping.
   *
   * @param type the source's type
   * @param config the source's settings
   * @return the body
   */
  public static IntegrationSettings of(String type, Map<String, Object> config) {
    return new IntegrationSettings(Objects.requireNonNull(type, "type == null"), null, config, null);
  }
}
