package io.podiokit.session.memory;

import io.podiokit.SessionKey;
import io.podiokit.SessionStore;
import java.util.stream.IntStream;

/** Shared by the tests: how many of the keys {@code user-0 .. user-(n-1)} a store still holds. */
final class MemoryStores {
  private MemoryStores() {}

  static long countLoadable(SessionStore store, int n) {
    return IntStream.range(0, n)
        .filter(i -> store.load(SessionKey.user("client", "user-" + i)).isPresent())
        .count();
  }
}
