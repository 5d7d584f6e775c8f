package io.podiokit.api.file;

import io.podiokit.api.Upload;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** Files: upload, download, attach, copy, replace (Podio's reference area File). */
public interface FileService {

  /**
   * {@code POST /file/}: uploads a file (multipart parts {@code source} and {@code filename}), streamed from its
   * source. Attach it to an object afterwards.
   *
   * @param upload the content with its name and media type
   * @return the uploaded file
   */
  @POST("file/")
  UploadedFile upload(@Body Upload upload);
}
