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
 * as a multipart {@link Part} goes as plain text (Podio's {@code filename}), not as a quoted JSON string. Both ways, a
 * type in a package that its module does not open to the JSON readers gives a {@link io.podiokit.PodioException} that
 * says which {@code opens} line to add (see {@link ModuleAccess}).
 */
final class StrictJsonConverterFactory extends Converter.Factory {

  private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
                                                                    Retrofit retrofit) {
    Converter<ResponseBody, Object> json;
    try {
      json = retrofit.nextResponseBodyConverter(this, type, annotations);
    } catch (AssertionError | RuntimeException e) {
      throw ModuleAccess.explain(type, "read", e);
    }
    return body -> {
      try {
        return read(body, json);
      } catch (AssertionError | RuntimeException e) {
        throw ModuleAccess.explain(type, "read", e);
      }
    };
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
    Converter<Object, RequestBody> json =
        retrofit.nextRequestBodyConverter(this, type, parameterAnnotations, methodAnnotations);
    return value -> {
      try {
        return json.convert(value);
      } catch (AssertionError | RuntimeException e) {
        throw ModuleAccess.explain(value.getClass(), "write", e);
      }
    };
  }

  /**
   * Looks at the first bytes only (the content type, then the first non-blank byte) to tell an empty body or an HTML
   * page from JSON, then lets Moshi read the body once, as it streams.
   */
  static <T> T read(ResponseBody body, Converter<ResponseBody, T> json) throws IOException {
    try (body) {
      int first = firstNonBlank(body.source());
      if (first < 0) {
        throw new UnreadableBodyException("an empty body");
      }
      if (first == '<' || (first != '{' && first != '[' && isHtml(body.contentType()))) {
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

  private static boolean isHtml(@Nullable MediaType type) {
    return type != null && type.subtype().contains("html");
  }

  /**
   * The first byte that is not blank (or a byte-order mark), or -1 for a blank body, looked at in the source's buffer
   * without consuming it. Not {@code peek()}: a peek shares the buffer's segments, which then never go back to Okio's
   * pool, and every call would allocate fresh ones.
   */
  private static int firstNonBlank(BufferedSource source) throws IOException {
    for (long i = 0; source.request(i + 1); i++) {
      byte b = source.getBuffer().getByte(i);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b & 0xff;
      }
    }
    return -1;
  }
}
