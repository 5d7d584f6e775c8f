package io.podiokit.http.retrofit.api;

import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;

/** Podio's files. */
public interface FileService {

  /**
   * {@code POST /file/}: uploads a file (multipart fields {@code source} and {@code filename}). If the token is
   * rejected on the way, the upload is sent once more with the same content.
   *
   * @return the uploaded file's id and link
   * @param source the content; build it with {@link #source(String, byte[], String)}
   * @param filename the file's name
   */
  @Multipart
  @POST("file/")
  UploadedFile upload(@Part MultipartBody.Part source, @Part("filename") String filename);

  /**
   * {@return the {@code source} part of an upload: {@code content} named {@code filename}, of media type
   * {@code mediaType}}
   *
   * @param filename the file's name
   * @param content the file's bytes
   * @param mediaType the media type, e.g. {@code text/plain}
   */
  static MultipartBody.Part source(String filename, byte[] content, String mediaType) {
    Objects.requireNonNull(filename, "filename == null");
    Objects.requireNonNull(content, "content == null");
    return MultipartBody.Part.createFormData("source", filename,
        RequestBody.create(content, MediaType.get(Objects.requireNonNull(mediaType, "mediaType == null"))));
  }
}
