package io.podiokit.api.form;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates or updates a form.
 *
 * @param settings its settings (e.g. {@code captcha}, {@code text}: {@code {submit, success, heading, description}},
 *     {@code theme}, {@code css})
 * @param domains the domains it may be embedded on
 * @param fields the app's fields it shows, in order
 * @param attachments whether submitters may attach files, or {@code null} for Podio's default
 */
public record FormSettings(Map<String, Object> settings, List<String> domains, List<FormField> fields,
                           @Nullable Boolean attachments) {

  /**
   * Checks and copies.
   *
   * @param settings its settings (e.g. {@code captcha}, {@code text}: {@code {submit, success, heading, description}},
   *     {@code theme}, {@code css})
   * @param domains the domains it may be embedded on
   * @param fields the app's fields it shows, in order
   * @param attachments whether submitters may attach files, or {@code null} for Podio's default
   */
  public FormSettings {
    settings = Map.copyOf(Objects.requireNonNull(settings, "settings == null"));
    domains = List.copyOf(Objects.requireNonNull(domains, "domains == null"));
    fields = List.copyOf(Objects.requireNonNull(fields, "fields == null"));
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a form must show at least one field");
    }
  }

  /**
   * A form with default settings showing {@code fieldIds} in that order.
   *
   * @param domains the domains it may be embedded on
   * @param fieldIds the app fields it shows
   * @return the body
   */
  public static FormSettings of(List<String> domains, List<Long> fieldIds) {
    return new FormSettings(Map.of(), domains, fieldIds.stream().map(FormField::of).toList(), null);
  }
}
