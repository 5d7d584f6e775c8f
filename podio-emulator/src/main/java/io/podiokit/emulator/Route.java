package io.podiokit.emulator;

/** Answers one API operation: returns a JSON value (sent as 200), a {@link Reply}, or throws an {@link ApiError}. */
@FunctionalInterface
interface Route {

  /** The answer to {@code request}. */
  @org.jspecify.annotations.Nullable Object handle(ApiRequest request) throws java.io.IOException;
}
