package io.podiokit.api.widget;

import com.squareup.moshi.Json;
import io.podiokit.api.ByLine;
import io.podiokit.api.ObjectRef;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A widget on a dashboard.
 *
 * @param widgetId the widget's id
 * @param type e.g. {@code text}, {@code image}, {@code link}, {@code tag_cloud}, {@code contacts}, {@code app_view}
 * @param title its title
 * @param config its settings, as Podio sends them
 * @param rights what the caller may do with it, e.g. {@code view}, {@code update}, {@code delete}
 * @param data what it shows, in lists of a dashboard's widgets
 * @param ref the dashboard it is on
 * @param createdOn when it was added (UTC, {@code yyyy-MM-dd HH:mm:ss})
 * @param createdBy who added it
 */
public record Widget(@Json(name = "widget_id") long widgetId, @Nullable String type, @Nullable String title,
                     Map<String, Object> config, List<String> rights, @Nullable Map<String, Object> data,
                     @Nullable ObjectRef ref, @Json(name = "created_on") @Nullable String createdOn,
                     @Json(name = "created_by") @Nullable ByLine createdBy) {}
