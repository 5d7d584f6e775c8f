package io.podiokit.emulator;

import org.jspecify.annotations.Nullable;

/**
 * What a route handler answers when a plain JSON 200 is not enough: another status, no body, or bytes of another
 * content type (files, vCards, iCal feeds, xlsx exports). A handler may also return any JSON value (maps, lists,
 * strings, numbers, booleans), which becomes a 200 JSON answer.
 *
 * @param status the HTTP status
 * @param body the JSON value to send, when {@code bytes} is {@code null}
 * @param contentType the content type of {@code bytes}
 * @param bytes a non-JSON body, or {@code null}
 */
record Reply(int status, @Nullable Object body, @Nullable String contentType, byte @Nullable [] bytes) {

  /** A JSON answer with {@code status}. */
  static Reply json(int status, @Nullable Object body) {
    return new Reply(status, body, null, null);
  }

  /** 204 without a body, as Podio answers most deletes and many updates. */
  static Reply noContent() {
    return new Reply(204, null, null, null);
  }

  /** 200 with {@code bytes} of {@code contentType}. */
  static Reply bytes(String contentType, byte[] bytes) {
    return new Reply(200, null, contentType, bytes);
  }
}
