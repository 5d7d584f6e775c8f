package io.podiokit.api.batch;

/** Batches: long-running bulk jobs: Podio's reference areas Batch. */
public interface BatchService {
}
