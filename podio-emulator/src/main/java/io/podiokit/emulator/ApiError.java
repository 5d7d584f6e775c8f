package io.podiokit.emulator;

/**
 * An API answer with Podio's error body ({@code error}, {@code error_description}, {@code error_detail},
 * {@code request}), thrown by a route handler.
 */
final class ApiError extends RuntimeException {

  final int status;
  final String error;

  ApiError(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  /** 400 {@code invalid_value}: the request names or sends something Podio would not accept. */
  static ApiError invalid(String description) {
    return new ApiError(400, "invalid_value", description);
  }

  /** 403 {@code forbidden}. */
  static ApiError forbidden(String description) {
    return new ApiError(403, "forbidden", description);
  }

  /** 404 {@code not_found}: {@code "<what> with id <id> not found"}. */
  static ApiError notFound(String what, Object id) {
    return new ApiError(404, "not_found", what + " with id " + id + " not found");
  }

  /** 409 {@code conflict}. */
  static ApiError conflict(String description) {
    return new ApiError(409, "conflict", description);
  }

  /** 410 {@code gone}: the object was deleted. */
  static ApiError gone(String what, Object id) {
    return new ApiError(410, "gone", what + " with id " + id + " has been deleted");
  }
}
