package io.podiokit.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Podio's date and time texts: {@code "2026-11-30 12:00:00"} (UTC unless a field says it is local),
 * {@code "2026-11-30"} and {@code "12:00:00"}. Records keep the texts Podio sends; their typed accessors read them
 * here. A text that does not parse reads as empty, never as an exception in the middle of a call.
 */
public final class PodioTime {

  /** {@code yyyy-MM-dd HH:mm:ss}. */
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PodioTime() {}

  /**
   * Reads a UTC date-time text.
   *
   * @param utc e.g. {@code "2026-11-30 12:00:00"}, or {@code null}
   * @return the instant, or empty when absent or malformed
   */
  public static Optional<Instant> instant(@Nullable String utc) {
    return localDateTime(utc).map(t -> t.toInstant(ZoneOffset.UTC));
  }

  /**
   * Reads a date-time text without a zone.
   *
   * @param text e.g. {@code "2026-11-30 12:00:00"}, or {@code null}
   * @return the date-time, or empty when absent or malformed
   */
  public static Optional<LocalDateTime> localDateTime(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text.trim(), DATE_TIME));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a date text.
   *
   * @param text e.g. {@code "2026-11-30"}, or {@code null}
   * @return the date, or empty when absent or malformed
   */
  public static Optional<LocalDate> date(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.trim()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a time text.
   *
   * @param text e.g. {@code "12:00:00"}, or {@code null}
   * @return the time, or empty when absent or malformed
   */
  public static Optional<LocalTime> time(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.parse(text.trim()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes an instant as Podio's UTC text.
   *
   * @param instant the instant (fractions of a second are dropped)
   * @return e.g. {@code "2026-11-30 12:00:00"}
   */
  public static String utc(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
