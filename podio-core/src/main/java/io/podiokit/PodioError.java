package io.podiokit;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Podio's error body, as parsed from a failed response:
 * {@code {"error": ..., "error_description": ..., "error_detail": ..., "error_parameters": {...},
 * "error_propagate": ..., "request": {"url": ..., "query_string": ..., "method": ...}}}.
 *
 * @param error the error code, e.g. {@code not_found}, {@code invalid_grant}
 * @param description {@code error_description}, or {@code null}
 * @param detail {@code error_detail}, or {@code null}
 * @param parameters {@code error_parameters}, empty when absent
 * @param propagate {@code error_propagate}
 * @param request the request Podio says failed, or {@code null}
 */
public record PodioError(String error, @Nullable String description, @Nullable String detail,
                         Map<String, Object> parameters, boolean propagate, @Nullable Request request) {

  /**
   * Creates the record, checking its components.
   *
   * @param error the error code, e.g. {@code not_found}, {@code invalid_grant}
   * @param description {@code error_description}, or {@code null}
   * @param detail {@code error_detail}, or {@code null}
   * @param parameters {@code error_parameters}, empty when absent
   * @param propagate {@code error_propagate}
   * @param request the request Podio says failed, or {@code null}
   */
  public PodioError {
    Objects.requireNonNull(error, "error == null");
    parameters = Map.copyOf(parameters);
  }

  /**
   * {@return an error with only a code and a description}
   *
   * @param error the OAuth or API error code
   * @param description the human-readable description, if any
   */
  public static PodioError of(String error, @Nullable String description) {
    return new PodioError(error, description, null, Map.of(), false, null);
  }

  /**
   * The request part of an error body.
   *
   * @param url the URL Podio received
   * @param queryString its query string
   * @param method the HTTP method
   */
  public record Request(@Nullable String url, @Nullable String queryString, @Nullable String method) {}
}
