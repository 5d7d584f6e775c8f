package io.podiokit.api.flow;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flow of an app.
 *
 * @param flowId the flow's id
 * @param name its name
 * @param type its cause: {@code item.create}, {@code item.update}, {@code item.delete} or {@code comment.create}
 * @param status {@code active} or {@code inactive}
 * @param config its conditions, as Podio sends them
 * @param effects what it does
 * @param refType the kind of object it belongs to ({@code app})
 * @param refId that object's id
 * @param createdOn when it was made (UTC, {@code yyyy-MM-dd HH:mm:ss})
 */
public record Flow(@Json(name = "flow_id") long flowId, @Nullable String name, @Nullable String type,
                   @Nullable String status, Map<String, Object> config, List<FlowEffect> effects,
                   @Json(name = "ref_type") @Nullable String refType, @Json(name = "ref_id") @Nullable Long refId,
                   @Json(name = "created_on") @Nullable String createdOn) {}
