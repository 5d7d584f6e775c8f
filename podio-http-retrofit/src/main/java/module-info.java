/**
 * podiokit over HTTP: {@link io.podiokit.http.retrofit.RetrofitTokenEndpoint} (Podio's token endpoint),
 * {@link io.podiokit.http.retrofit.PodioClient} (signed API calls that refresh themselves, error and rate-limit
 * mapping) and {@link io.podiokit.http.retrofit.PodioApi}, which runs the typed services of podio-api, built on
 * Retrofit, OkHttp and Moshi.
 */
module io.podiokit.http.retrofit {
  requires transitive io.podiokit.core;
  requires transitive io.podiokit.api;
  requires transitive retrofit2;
  requires transitive okhttp3;
  requires transitive com.squareup.moshi;
  requires retrofit2.converter.moshi;
  requires okio;
  requires org.jspecify;

  exports io.podiokit.http.retrofit;
}
