package io.podiokit.http.retrofit;

import io.podiokit.api.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The bodies that are not JSON. An {@link Upload} is sent as Podio's {@code multipart/form-data} upload (parts
 * {@code source}, with the file name and media type, and {@code filename}), streamed from its source. A response read
 * as {@code byte[]} is the whole body; one read as an {@link InputStream} is the open body, which the caller closes.
 */
final class BodyConverterFactory extends Converter.Factory {

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                                  Annotation[] methodAnnotations, Retrofit retrofit) {
    if (type != Upload.class) {
      return null;
    }
    return (Upload upload) -> new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("source", upload.name(), new UploadBody(upload))
        .addFormDataPart("filename", upload.name())
        .build();
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
                                                                    Retrofit retrofit) {
    if (type == byte[].class) {
      return body -> {
        try (body) {
          return body.bytes();
        }
      };
    }
    if (type == InputStream.class) {
      return ResponseBody::byteStream;
    }
    return null;
  }

  /** An upload's content, streamed; one-shot when its source is a stream. */
  private static final class UploadBody extends RequestBody {
    private final Upload upload;
    private final MediaType mediaType;

    UploadBody(Upload upload) {
      this.upload = upload;
      this.mediaType = MediaType.get(upload.contentType());
    }

    @Override
    public MediaType contentType() {
      return mediaType;
    }

    @Override
    public long contentLength() {
      return upload.length();
    }

    @Override
    public boolean isOneShot() {
      return !upload.isRepeatable();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      upload.writeTo(sink.outputStream());
      sink.flush();
    }
  }
}
