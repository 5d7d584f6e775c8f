package io.podiokit.api.importer;

import com.squareup.moshi.Json;

/**
 * What starting an import answers.
 *
 * @param batchId the batch that runs it ({@code api.batches().batch(batchId)})
 */
public record ImportStarted(@Json(name = "batch_id") long batchId) {}
