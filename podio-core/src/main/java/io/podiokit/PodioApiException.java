package io.podiokit;

import org.jspecify.annotations.Nullable;

/**
 * An API call that Podio answered with an error status. Subclasses by status follow Podio's own error classes;
 * {@link #from(int, PodioError, String)} picks the right one.
 */
public class PodioApiException extends PodioException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status Podio answered with. */
  private final int status;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status
   * @param message what happened and what to do
   * @param error Podio's parsed error body, if any
   */
  public PodioApiException(int status, String message, @Nullable PodioError error) {
    super(message, error, null);
    this.status = status;
  }

  /** {@return the HTTP status Podio answered} */
  public int status() {
    return status;
  }

  /**
   * The exception for a failed call to {@code request} (method and path, e.g. {@code GET /item/1}) that Podio answered
   * with {@code status} and {@code error}. Rate limits (420, 429) are built by the caller as {@link RateLimitException}
   * because they need the response headers.
   *
   * @param status the HTTP status
   * @param error Podio's parsed error body, if any
   * @param request the call, as method and path
   * @return the exception of the class that fits {@code status}
   */
  public static PodioApiException from(int status, @Nullable PodioError error, String request) {
    String message = request + " failed: HTTP " + status
        + (error == null ? "" : " " + error.error() + (error.description() == null ? "" : " (" + error.description() + ")"));
    return switch (status) {
      case 400 -> new BadRequestException(message + ". Check the request's parameters.", error);
      case 401 -> new UnauthorizedException(message + ". The token was refused even after a refresh: authenticate again.", error);
      case 403 -> new ForbiddenException(message + ". This authentication may not do that: check its scope or the object's permissions.", error);
      case 404 -> new NotFoundException(message + ". The object does not exist or is not visible to this authentication.", error);
      case 409 -> new ConflictException(message + ". The object changed or already exists.", error);
      case 410 -> new GoneException(message + ". The object was deleted.", error);
      case 500 -> new ServerErrorException(status, message + ". Podio failed; retry later.", error);
      case 502, 503, 504 -> new UnavailableException(status, message + ". Podio is unavailable; retry later.", error);
      default -> status >= 500 ? new ServerErrorException(status, message + ". Podio failed; retry later.", error)
          : new PodioApiException(status, message + ".", error);
    };
  }

  /** HTTP 400. */
  public static class BadRequestException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 400.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public BadRequestException(String message, @Nullable PodioError error) { super(400, message, error); }
  }

  /** HTTP 401 that survived one refresh and retry. */
  public static class UnauthorizedException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 401.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public UnauthorizedException(String message, @Nullable PodioError error) { super(401, message, error); }
  }

  /** HTTP 403. */
  public static class ForbiddenException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 403.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public ForbiddenException(String message, @Nullable PodioError error) { super(403, message, error); }
  }

  /** HTTP 404. */
  public static class NotFoundException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 404.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public NotFoundException(String message, @Nullable PodioError error) { super(404, message, error); }
  }

  /** HTTP 409. */
  public static class ConflictException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 409.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public ConflictException(String message, @Nullable PodioError error) { super(409, message, error); }
  }

  /** HTTP 410. */
  public static class GoneException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 410.
     *
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public GoneException(String message, @Nullable PodioError error) { super(410, message, error); }
  }

  /** HTTP 500 (and other 5xx not covered by {@link UnavailableException}). */
  public static class ServerErrorException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for a 5xx status other than 502, 503 and 504.
     *
     * @param status the HTTP status
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public ServerErrorException(int status, String message, @Nullable PodioError error) { super(status, message, error); }
  }

  /** HTTP 502, 503, 504. */
  public static class UnavailableException extends PodioApiException {
    private static final long serialVersionUID = 1L;
    /**
     * Creates the exception for HTTP 502, 503 or 504.
     *
     * @param status the HTTP status
     * @param message what happened and what to do
     * @param error Podio's parsed error body, if any
     */
    public UnavailableException(int status, String message, @Nullable PodioError error) { super(status, message, error); }
  }
}
