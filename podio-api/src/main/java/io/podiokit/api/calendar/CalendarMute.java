package io.podiokit.api.calendar;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A workspace or app whose events the user hid from the global calendar.
 *
 * @param id the muted object's id
 * @param type the muted object's type: {@code space} or {@code app}
 * @param title its name
 * @param data more of the object as Podio sends it; empty when not sent
 * @param item whether its items' dates are hidden
 * @param status whether its statuses are hidden
 * @param task whether its tasks are hidden
 */
public record CalendarMute(long id, @Nullable String type, @Nullable String title, Map<String, Object> data,
                           @Nullable Boolean item, @Nullable Boolean status, @Nullable Boolean task) {}
