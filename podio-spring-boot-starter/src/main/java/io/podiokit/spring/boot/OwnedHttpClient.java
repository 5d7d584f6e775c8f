package io.podiokit.spring.boot;

import okhttp3.OkHttpClient;

/** An OkHttp client the auto-configuration made, so its threads and connections end with the context. */
final class OwnedHttpClient implements AutoCloseable {

  private final OkHttpClient http;

  OwnedHttpClient(OkHttpClient http) {
    this.http = http;
  }

  OkHttpClient http() {
    return http;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
