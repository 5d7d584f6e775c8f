package io.podiokit.api.importer;

import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * The importer: items of an app, or contacts of a workspace, from a spreadsheet (CSV or Excel) uploaded as a file
 * ({@code api.files().upload(...)}). An import runs as a batch; follow it with {@code api.batches()}.
 *
 * <pre>{@code
 * long fileId = api.files().upload(Upload.of(Path.of("leads.csv"))).fileId();
 * ImportInfo info = api.importers().info(fileId);
 * ImportMapping mapping = ImportMapping.of(ImportMapping.Field.of(titleFieldId, info.column("Name").orElseThrow().id()));
 * long batchId = api.importers().importItems(fileId, appId, mapping).batchId();
 * }</pre>
 */
public interface ImporterService {

  /**
   * {@code GET /importer/{file_id}/info}: a spreadsheet's columns and number of rows.
   *
   * @param fileId the uploaded file
   * @return its columns and rows
   */
  @GET("importer/{file_id}/info")
  ImportInfo info(@Path("file_id") long fileId);

  /**
   * {@code POST /importer/{file_id}/preview/{row}}: the field values one row would give with a mapping.
   *
   * @param fileId the uploaded file
   * @param row the row, counted from 0 (the header row not counted)
   * @param mapping which column goes to which field
   * @return the values
   */
  @POST("importer/{file_id}/preview/{row}")
  ImportPreview preview(@Path("file_id") long fileId, @Path("row") int row, @Body ImportMapping mapping);

  /**
   * {@code POST /importer/{file_id}/item/app/{app_id}}: imports every row as an item of an app, as a batch.
   *
   * @param fileId the uploaded file
   * @param appId the app
   * @param mapping which column goes to which field
   * @return the batch that runs the import
   */
  @POST("importer/{file_id}/item/app/{app_id}")
  ImportStarted importItems(@Path("file_id") long fileId, @Path("app_id") long appId, @Body ImportMapping mapping);

  /**
   * {@code POST /importer/{file_id}/contact/space/{space_id}}: imports every row as a contact of a workspace, as a
   * batch.
   *
   * @param fileId the uploaded file
   * @param spaceId the workspace
   * @param mapping which column goes to which contact field
   * @return the batch that runs the import
   */
  @POST("importer/{file_id}/contact/space/{space_id}")
  ImportStarted importContacts(@Path("file_id") long fileId, @Path("space_id") long spaceId,
                               @Body ContactMapping mapping);
}
