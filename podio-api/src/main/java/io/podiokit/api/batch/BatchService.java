package io.podiokit.api.batch;

import io.podiokit.api.Paging;
import io.podiokit.api.RefType;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Batches: long-running bulk jobs, such as imports, and how far they got.
 *
 * <pre>{@code
 * Batch b = api.batches().batch(batchId);
 * if (b.isDone()) System.out.println(b.completed() + " rows imported, " + b.failed() + " failed");
 * }</pre>
 */
public interface BatchService {

  /**
   * {@code GET /batch/{batch_id}}: one batch.
   *
   * @param batchId the batch
   * @return the batch
   */
  @GET("batch/{batch_id}")
  Batch batch(@Path("batch_id") long batchId);

  /**
   * {@code GET /batch/}: one page of the caller's batches, newest first.
   *
   * @param limit the largest page, {@code null} for Podio's default
   * @param offset how many to skip, {@code null} for none
   * @return the page
   */
  @GET("batch/")
  List<Batch> batches(@Query("limit") @Nullable Integer limit, @Query("offset") @Nullable Integer offset);

  /**
   * Every batch of the caller, fetched page by page as the stream is read.
   *
   * @return the batches
   */
  default Stream<Batch> allBatches() {
    return Paging.defaults().stream((offset, limit) -> batches(limit, offset));
  }

  /**
   * {@code GET /batch/{ref_type}/{ref_id}/{plugin}/running/}: the batches of a kind still running on an object.
   *
   * @param refType the kind of object, e.g. {@link RefType#APP}
   * @param refId its id
   * @param plugin the kind of batch, e.g. {@code app_import} or {@code contact_import}
   * @return the running batches
   */
  @GET("batch/{ref_type}/{ref_id}/{plugin}/running/")
  List<Batch> running(@Path("ref_type") RefType refType, @Path("ref_id") long refId, @Path("plugin") String plugin);
}
