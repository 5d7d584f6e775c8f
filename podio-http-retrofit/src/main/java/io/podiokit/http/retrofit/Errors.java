package io.podiokit.http.retrofit;

import io.podiokit.Clock;
import io.podiokit.PodioApiException;
import io.podiokit.PodioError;
import io.podiokit.PodioException;
import io.podiokit.RateLimitException;
import io.podiokit.TransportException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** Turns failed responses and I/O failures into podiokit's exceptions. */
final class Errors {

  static final String LIMIT = "X-Rate-Limit-Limit";
  static final String REMAINING = "X-Rate-Limit-Remaining";
  static final String RETRY_AFTER = "Retry-After";

  private Errors() {}

  /** {@code GET /item/1}: method and path, never the query string (it may carry anything). */
  static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  /** Whether Podio signals a rate limit with {@code status}. */
  static boolean rateLimited(int status) {
    return status == 420 || status == 429;
  }

  /** The exception for an API call to {@code request} that Podio answered with the non-2xx {@code status}. */
  static PodioApiException api(String request, int status, Headers headers, @Nullable String contentType, String body,
                               Clock clock) {
    PodioError error = Json.error(body);
    String described = error != null ? request
        : request + " (answered with " + Json.describe(contentType, body) + ", not Podio's JSON error)";
    if (rateLimited(status)) {
      return new RateLimitException(status, described, error, number(headers, LIMIT), number(headers, REMAINING),
          retryAfter(headers, clock));
    }
    return PodioApiException.from(status, error, described);
  }

  /** The exception for a call to {@code request} that failed on the wire: no (complete) response came back. */
  static TransportException transport(String request, IOException e) {
    return new TransportException(request + " failed: " + what(e) + ". Check the network and the API URL, then retry.",
        e);
  }

  /** A 2xx response whose body cannot be read as the JSON asked for. */
  static TransportException unreadable(String request, UnreadableBodyException e) {
    return new TransportException(request + " answered with " + e.getMessage() + " instead of the JSON Podio sends. "
        + "A proxy in between or Podio itself is failing; retry later.", e);
  }

  /** The podiokit exception a failed call ends with, whatever the OkHttp or Retrofit layer threw. */
  static PodioException of(String request, IOException e) {
    if (e instanceof PodioIOException podio) {
      return podio.podio();
    }
    if (e instanceof UnreadableBodyException unreadable) {
      return unreadable(request, unreadable);
    }
    return transport(request, e);
  }

  /** A short account of an I/O failure, without anything the exception's message might carry. */
  static String what(IOException e) {
    if (e instanceof SocketTimeoutException) {
      return "timed out waiting for Podio (" + e.getMessage() + ")";
    }
    if (e instanceof ConnectException) {
      return "could not connect (" + e.getMessage() + ")";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host (" + e.getMessage() + ")";
    }
    if (e instanceof InterruptedIOException) {
      return "interrupted or canceled (" + e.getMessage() + ")";
    }
    if (e instanceof EOFException) {
      return "the connection was closed before a complete response arrived";
    }
    return "the connection failed (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
  }

  static @Nullable Long number(Headers headers, String name) {
    String value = headers.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code Retry-After} as a duration: seconds, or an HTTP date measured against {@code clock}. */
  static @Nullable Duration retryAfter(Headers headers, Clock clock) {
    String value = headers.get(RETRY_AFTER);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long seconds = Long.parseLong(value.trim());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration until = Duration.between(clock.now(), at);
        return until.isNegative() ? Duration.ZERO : until;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
