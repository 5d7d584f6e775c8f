package io.podiokit.http.retrofit;

import io.podiokit.Authentication;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Callback;

/**
 * Lets one Retrofit, and one instance of each service it creates, serve every {@link Authentication}: a service seen
 * through a {@link PodioApi} is a thin proxy that names its authentication for the duration of each call, and the
 * Retrofit's call factory tags the request with it for the signing interceptor. Retrofit parses each service method
 * once per client instead of once per {@code PodioApi}.
 */
final class Binding {

  private static final ThreadLocal<@Nullable Authentication> CURRENT = new ThreadLocal<>();

  private Binding() {}

  /**
   * The call factory of the shared Retrofit: tags each request with the authentication of the call in progress and
   * signs it ({@link SigningInterceptor#prepare}).
   */
  static Call.Factory callFactory(OkHttpClient http, SigningInterceptor signing) {
    return request -> {
      Authentication auth = CURRENT.get();
      if (auth == null) {
        throw new IllegalStateException("a podiokit service was called outside of a PodioApi; get services from "
            + "PodioClient.api(authentication)");
      }
      return http.newCall(signing.prepare(request, auth));
    };
  }

  /** {@code shared}, seen as {@code auth}. */
  static <T> T bind(Class<T> type, T shared, Authentication auth) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Handler(shared, auth)));
  }

  private static <R extends @Nullable Object> R as(Authentication auth, CheckedSupplier<R> call) throws Throwable {
    Authentication previous = CURRENT.get();
    CURRENT.set(auth);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  @FunctionalInterface
  private interface CheckedSupplier<R extends @Nullable Object> {
    R get() throws Throwable;
  }

  private record Handler(Object shared, Authentication auth) implements InvocationHandler {
    @Override
    public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> args != null && proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          case "toString" -> method.getDeclaringClass().getSimpleName() + "[" + auth.key() + "]";
          default -> method.invoke(this, args);
        };
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      Object result = as(auth, () -> {
        try {
          return method.invoke(shared, args);
        } catch (InvocationTargetException e) {
          throw Objects.requireNonNull(e.getCause());
        }
      });
      return result instanceof retrofit2.Call<?> call ? new BoundCall<>(call, auth) : result;
    }
  }

  /** A Retrofit call that stays bound to its authentication when executed, enqueued or cloned later. */
  private record BoundCall<T>(retrofit2.Call<T> delegate, Authentication auth) implements retrofit2.Call<T> {
    @Override
    public retrofit2.Response<T> execute() throws IOException {
      try {
        return as(auth, delegate::execute);
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IOException(e);
      }
    }

    @Override
    public void enqueue(Callback<T> callback) {
      try {
        as(auth, () -> {
          delegate.enqueue(callback);
          return Boolean.TRUE;
        });
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public boolean isExecuted() {
      return delegate.isExecuted();
    }

    @Override
    public void cancel() {
      delegate.cancel();
    }

    @Override
    public boolean isCanceled() {
      return delegate.isCanceled();
    }

    @Override
    public retrofit2.Call<T> clone() {
      return new BoundCall<>(delegate.clone(), auth);
    }

    @Override
    public Request request() {
      try {
        return as(auth, delegate::request);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Timeout timeout() {
      return delegate.timeout();
    }
  }
}
