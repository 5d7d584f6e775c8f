package io.podiokit.emulator;

import io.podiokit.emulator.FieldCodec.DateValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An iCalendar file of one item's date field, as Podio's per-field feed answers. */
final class Ical {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private Ical() {}

  static String calendar(long itemId, long fieldId, String title, List<DateValue> dates, Instant now) {
    StringBuilder s = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//podiokit//emulator//EN\r\n");
    int n = 0;
    for (DateValue d : dates) {
      s.append("BEGIN:VEVENT\r\nUID:item-").append(itemId).append('-').append(fieldId).append('-').append(n++)
          .append("@podio\r\nDTSTAMP:").append(UTC.format(now)).append("\r\n");
      if (d.startTime() == null) {
        LocalDate end = (d.endDate() == null ? d.startDate() : d.endDate()).plusDays(1);
        s.append("DTSTART;VALUE=DATE:").append(DAY.format(d.startDate())).append("\r\nDTEND;VALUE=DATE:")
            .append(DAY.format(end)).append("\r\n");
      } else {
        s.append("DTSTART:").append(UTC.format(d.start().toInstant(ZoneOffset.UTC))).append("\r\n");
        if (d.endDate() != null) {
          s.append("DTEND:").append(UTC.format(d.endDate().atTime(d.endTime() == null ? d.startTime()
              : d.endTime()).toInstant(ZoneOffset.UTC))).append("\r\n");
        }
      }
      s.append("SUMMARY:").append(title.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
          .replace("\n", "\\n")).append("\r\nEND:VEVENT\r\n");
    }
    return s.append("END:VCALENDAR\r\n").toString();
  }
}
