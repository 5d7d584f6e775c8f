package io.podiokit.http.retrofit;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Part;

/**
 * Sits before Moshi. Reading: an HTML page, an empty body, malformed JSON or JSON of the wrong shape becomes an
 * {@link UnreadableBodyException} that says which, instead of a parser error. Writing: a {@code String} or number sent
 * as a multipart {@link Part} goes as plain text (Podio's {@code filename}), not as a quoted JSON string. Both ways, a
 * type in a package that its module does not open to Moshi gives a {@link io.podiokit.PodioException} that says which
 * {@code opens} line to add (see {@link ModuleAccess}).
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

  static <T> T read(ResponseBody body, Converter<ResponseBody, T> json) throws IOException {
    try (body) {
      MediaType type = body.contentType();
      byte[] bytes = body.bytes();
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.isBlank() || (type != null && type.subtype().contains("html"))
          || Json.describe(null, text).equals("an HTML page")) {
        throw new UnreadableBodyException(Json.describe(type == null ? null : type.toString(), text));
      }
      try {
        T value = json.convert(ResponseBody.create(bytes, type));
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
}
