package io.podiokit.http.retrofit;

import io.podiokit.Clock;
import io.podiokit.TransportException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Lets service methods return their result directly ({@code UserStatus status();}): the call runs on the calling
 * thread, a 2xx answer gives the body, and every failure becomes a podiokit exception. Methods declared to return
 * {@code Call<T>} or {@code CompletableFuture<T>} keep Retrofit's own behaviour.
 */
final class DirectCallAdapterFactory extends CallAdapter.Factory {

  private final Clock clock;

  DirectCallAdapterFactory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class || raw == CompletableFuture.class || raw == Response.class) {
      return null;
    }
    return new Direct<>(returnType, clock);
  }

  private record Direct<R>(Type responseType, Clock clock) implements CallAdapter<R, @Nullable R> {
    @Override
    public @Nullable R adapt(Call<R> call) {
      Response<R> response;
      try {
        response = call.execute();
      } catch (IOException e) {
        throw Errors.of(Errors.describe(call.request()), e);
      }
      if (response.isSuccessful()) {
        R body = response.body();
        if (body == null && responseType != Void.class) {
          throw new TransportException(Errors.describe(response.raw().request()) + " answered HTTP " + response.code()
              + " without a body, where a JSON result was expected. Retry later.", null);
        }
        return body;
      }
      String request = Errors.describe(response.raw().request());
      String error;
      try (ResponseBody errorBody = response.errorBody()) {
        error = errorBody == null ? "" : errorBody.string();
      } catch (IOException e) {
        throw Errors.transport(request, e);
      }
      throw Errors.api(request, response.code(), response.headers(), response.headers().get("Content-Type"), error,
          clock);
    }
  }
}
