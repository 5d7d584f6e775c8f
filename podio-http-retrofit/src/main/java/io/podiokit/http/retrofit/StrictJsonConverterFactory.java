package io.podiokit.http.retrofit;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Part;

/**
 * Sits before Moshi. Reading: an HTML page, an empty body, malformed JSON or JSON of the wrong shape becomes an
 * {@link UnreadableBodyException} that says which, instead of a parser error. Writing: a {@code String} or number sent
 * as a multipart {@link Part} goes as plain text (Podio's {@code filename}), not as a quoted JSON string.
 */
final class StrictJsonConverterFactory extends Converter.Factory {

  private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
                                                                    Retrofit retrofit) {
    Converter<ResponseBody, Object> json = retrofit.nextResponseBodyConverter(this, type, annotations);
    return body -> read(body, json);
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                                  Annotation[] methodAnnotations, Retrofit retrofit) {
    boolean part = false;
    for (Annotation annotation : parameterAnnotations) {
      part |= annotation instanceof Part;
    }
    if (part && (type == String.class || type == Long.class || type == Integer.class)) {
      return value -> RequestBody.create(String.valueOf(value), TEXT);
    }
    return null;
  }

  /**
   * Looks at the first bytes only (the content type, then the first non-blank byte) to tell an empty body or an HTML
   * page from JSON, then lets Moshi read the body once, as it streams.
   */
  static <T> T read(ResponseBody body, Converter<ResponseBody, T> json) throws IOException {
    try (body) {
      MediaType type = body.contentType();
      int first = firstNonBlank(body.source().peek());
      if (first < 0) {
        throw new UnreadableBodyException("an empty body");
      }
      if (first == '<' || (type != null && type.subtype().contains("html"))) {
        throw new UnreadableBodyException("an HTML page");
      }
      try {
        T value = json.convert(body);
        if (value == null) {
          throw new UnreadableBodyException("a JSON null");
        }
        return value;
      } catch (JsonEncodingException | EOFException e) {
        throw new UnreadableBodyException("a body that is not valid JSON", e);
      } catch (JsonDataException e) {
        throw new UnreadableBodyException("JSON of an unexpected shape (" + e.getMessage() + ")", e);
      }
    }
  }

  private static int firstNonBlank(BufferedSource peek) throws IOException {
    while (peek.request(1)) {
      byte b = peek.readByte();
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b & 0xff;
      }
    }
    return -1;
  }
}
