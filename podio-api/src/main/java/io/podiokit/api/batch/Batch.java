package io.podiokit.api.batch;

import com.squareup.moshi.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch: a long-running bulk job.
 *
 * @param batchId the batch's id
 * @param name what it does
 * @param plugin its kind, e.g. {@code app_import} or {@code contact_import}
 * @param status {@code created}, {@code running}, {@code completed} or {@code failed}
 * @param completed how many rows it did
 * @param skipped how many it skipped
 * @param failed how many failed
 * @param createdOn when it was made (UTC, {@code yyyy-MM-dd HH:mm:ss})
 * @param startedOn when it started, or {@code null}
 * @param endedOn when it ended, or {@code null}
 * @param file the file it reads, as Podio sends it ({@code file_id}, {@code name}, ...)
 * @param app the app it works on, as Podio sends it, or {@code null}
 * @param space the workspace it works on, as Podio sends it, or {@code null}
 */
public record Batch(@Json(name = "batch_id") long batchId, @Nullable String name, @Nullable String plugin,
                    @Nullable String status, @Nullable Integer completed, @Nullable Integer skipped,
                    @Nullable Integer failed, @Json(name = "created_on") @Nullable String createdOn,
                    @Json(name = "started_on") @Nullable String startedOn,
                    @Json(name = "ended_on") @Nullable String endedOn, @Nullable Map<String, Object> file,
                    @Nullable Map<String, Object> app, @Nullable Map<String, Object> space) {

  /** {@return whether it ended, {@code completed} or {@code failed}} */
  public boolean isDone() {
    return "completed".equals(status) || "failed".equals(status);
  }
}
