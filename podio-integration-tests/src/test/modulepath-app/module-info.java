/** A modular application as a user writes it: nothing but these lines, run with a plain java --module-path. */
module app {
  requires io.podiokit.http.retrofit;
  requires io.podiokit.session.redis;

  // podiokit's JSON readers read this application's own records reflectively.
  opens app to com.squareup.moshi, io.podiokit.http.retrofit;
}
