package io.podiokit.api.item;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Podio's date and time texts ({@code 2026-11-30 12:00:00}, UTC where so named), read leniently. */
final class Times {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Times() {}

  /** {@code "2026-11-30 12:00:00"} (UTC) as an instant; empty when absent or not in that form. */
  static Optional<Instant> utc(@Nullable String text) {
    LocalDateTime t = dateTime(text);
    return t == null ? Optional.empty() : Optional.of(t.toInstant(ZoneOffset.UTC));
  }

  static @Nullable LocalDateTime dateTime(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code "2026-11-30"}, or the date part of {@code "2026-11-30 12:00:00"}; null otherwise. */
  static @Nullable LocalDate date(@Nullable String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code "12:00:00"}, or the time part of {@code "2026-11-30 12:00:00"}; null otherwise. */
  static @Nullable LocalTime time(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String t = text.length() > 10 ? text.substring(11) : text;
    try {
      return LocalTime.parse(t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String format(LocalDateTime t) {
    return DATE_TIME.format(t);
  }
}
