/**
 * Batches: long-running bulk jobs ({@link io.podiokit.api.batch.BatchService}; Podio's reference areas Batch).
 */
@NullMarked
package io.podiokit.api.batch;

import org.jspecify.annotations.NullMarked;
