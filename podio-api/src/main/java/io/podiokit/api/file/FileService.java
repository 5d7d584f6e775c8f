package io.podiokit.api.file;

import com.squareup.moshi.Json;
import io.podiokit.api.Paging;
import io.podiokit.api.Upload;
import io.podiokit.api.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * Files: upload, download, attach, copy, replace, list (Podio's reference area File). Uploads and downloads stream:
 * neither holds the file in memory.
 *
 * <pre>{@code
 * UploadedFile up = api.files().upload(Upload.of(Path.of("report.pdf")));
 * api.files().attach(up.fileId(), "item", itemId);
 * try (InputStream in = api.files().download(up.fileId())) { ... }
 * }</pre>
 */
public interface FileService {

  /**
   * Where {@link #attach(long, AttachTo, WriteOptions)} attaches a file.
   *
   * @param refType the object's type: {@code item}, {@code status}, {@code comment}, {@code task}, ...
   * @param refId the object's id
   */
  record AttachTo(@Json(name = "ref_type") String refType, @Json(name = "ref_id") long refId) {
    /**
     * Checks.
     *
     * @param refType the object's type: {@code item}, {@code status}, {@code comment}, {@code task}, ...
     * @param refId the object's id
     */
    public AttachTo {
      Objects.requireNonNull(refType, "refType == null");
    }
  }

  /**
   * The file a {@link #replace(long, Replaces)} replaces.
   *
   * @param oldFileId the file that is replaced
   */
  record Replaces(@Json(name = "old_file_id") long oldFileId) {}

  /**
   * {@code POST /file/}: uploads a file (multipart parts {@code source} and {@code filename}), streamed from its
   * source; works for user and app authentications. Attach it to an object afterwards, or name its id in
   * {@code file_ids} of a comment, status or task.
   *
   * @param upload the content with its name and media type
   * @return the uploaded file
   */
  @POST("file/")
  UploadedFile upload(@Body Upload upload);

  /**
   * {@code GET /file/{file_id}}: a file's details.
   *
   * @param fileId the file's id
   * @return the file
   */
  @GET("file/{file_id}")
  PodioFile file(@Path("file_id") long fileId);

  /**
   * {@code GET /file/{file_id}/raw}: the file's bytes as a stream, read from the API host (with the same
   * authentication; the token is never sent to another host). Close it.
   *
   * @param fileId the file's id
   * @return the open content
   */
  @Streaming
  @GET("file/{file_id}/raw")
  InputStream download(@Path("file_id") long fileId);

  /**
   * {@code GET /file/{file_id}/raw}: the file's bytes in memory; for small files ({@link #download(long)} streams).
   *
   * @param fileId the file's id
   * @return the content
   */
  @GET("file/{file_id}/raw")
  byte[] downloadBytes(@Path("file_id") long fileId);

  /**
   * Downloads a file into {@code target}, streaming, replacing what is there.
   *
   * @param fileId the file's id
   * @param target where to write it
   * @return the number of bytes written
   * @throws UncheckedIOException when the target cannot be written
   */
  default long downloadTo(long fileId, java.nio.file.Path target) {
    Objects.requireNonNull(target, "target == null");
    try (InputStream in = download(fileId)) {
      return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not download file " + fileId + " to " + target, e);
    }
  }

  /**
   * {@code GET /file/}: one page of the files the caller can see.
   *
   * @param query page and filters
   * @return the page
   */
  @GET("file/")
  List<PodioFile> files(@QueryMap FileQuery query);

  /**
   * Every file the caller can see, fetched page by page as the stream is used.
   *
   * @param query filters (its limit and offset are replaced per page)
   * @return the files
   */
  default Stream<PodioFile> allFiles(FileQuery query) {
    return Paging.defaults().stream((offset, limit) -> files(query.page(offset, Math.min(limit, FileQuery.MAX_LIMIT))));
  }

  /**
   * {@code GET /file/app/{app_id}/}: one page of the files of an app's items and comments.
   *
   * @param appId the app's id
   * @param query page and filters
   * @return the page
   */
  @GET("file/app/{app_id}/")
  List<PodioFile> appFiles(@Path("app_id") long appId, @QueryMap FileQuery query);

  /**
   * Every file of an app, fetched page by page as the stream is used.
   *
   * @param appId the app's id
   * @param query filters
   * @return the files
   */
  default Stream<PodioFile> allAppFiles(long appId, FileQuery query) {
    return Paging.defaults().stream((offset, limit) ->
        appFiles(appId, query.page(offset, Math.min(limit, FileQuery.MAX_LIMIT))));
  }

  /**
   * {@code GET /file/space/{space_id}/}: one page of the files in a workspace.
   *
   * @param spaceId the workspace's id
   * @param query page and filters
   * @return the page
   */
  @GET("file/space/{space_id}/")
  List<PodioFile> spaceFiles(@Path("space_id") long spaceId, @QueryMap FileQuery query);

  /**
   * Every file in a workspace, fetched page by page as the stream is used.
   *
   * @param spaceId the workspace's id
   * @param query filters
   * @return the files
   */
  default Stream<PodioFile> allSpaceFiles(long spaceId, FileQuery query) {
    return Paging.defaults().stream((offset, limit) ->
        spaceFiles(spaceId, query.page(offset, Math.min(limit, FileQuery.MAX_LIMIT))));
  }

  /**
   * {@code POST /file/{file_id}/attach}: attaches an uploaded file to an object.
   *
   * @param fileId the file's id
   * @param target the object
   * @param options {@code silent}, {@code hook}
   * @return {@code null}
   */
  @POST("file/{file_id}/attach")
  Void attach(@Path("file_id") long fileId, @Body AttachTo target, @QueryMap WriteOptions options);

  /**
   * Attaches an uploaded file to an object, with Podio's default options.
   *
   * @param fileId the file's id
   * @param refType the object's type, e.g. {@code "item"}
   * @param refId the object's id
   */
  default void attach(long fileId, String refType, long refId) {
    attach(fileId, new AttachTo(refType, refId), WriteOptions.none());
  }

  /**
   * {@code POST /file/{file_id}/replace}: the file {@code fileId} takes the place of another where that one is
   * attached.
   *
   * @param fileId the new file
   * @param replaces the file it replaces
   * @return {@code null}
   */
  @POST("file/{file_id}/replace")
  Void replace(@Path("file_id") long fileId, @Body Replaces replaces);

  /**
   * The file {@code fileId} takes the place of {@code oldFileId} where that one is attached.
   *
   * @param fileId the new file
   * @param oldFileId the file it replaces
   */
  default void replace(long fileId, long oldFileId) {
    replace(fileId, new Replaces(oldFileId));
  }

  /**
   * {@code POST /file/{file_id}/copy}: copies a file, to attach the copy elsewhere.
   *
   * @param fileId the file to copy
   * @return the copy (its id at least)
   */
  @POST("file/{file_id}/copy")
  PodioFile copy(@Path("file_id") long fileId);

  /**
   * {@code DELETE /file/{file_id}}: deletes a file.
   *
   * @param fileId the file's id
   * @return {@code null}
   */
  @DELETE("file/{file_id}")
  Void delete(@Path("file_id") long fileId);
}
