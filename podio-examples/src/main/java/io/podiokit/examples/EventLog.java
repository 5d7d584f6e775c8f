package io.podiokit.examples;

import io.podiokit.AuthListener;
import io.podiokit.GrantKind;
import io.podiokit.PodioException;
import io.podiokit.SessionKey;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hears what happens to sessions (an {@link AuthListener}) and keeps it for the example to print in order, whatever
 * thread the event came from. Names sessions only by their key; never sees a token.
 */
final class EventLog implements AuthListener {

  private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

  @Override
  public void authenticated(SessionKey key, GrantKind origin) {
    events.add("authenticated " + describe(key) + " with the " + origin.wireName() + " grant");
  }

  @Override
  public void refreshed(SessionKey key) {
    events.add("refreshed " + describe(key));
  }

  @Override
  public void adopted(SessionKey key) {
    events.add("adopted a newer token for " + describe(key));
  }

  @Override
  public void refreshFailed(SessionKey key, PodioException error) {
    events.add("refresh failed for " + describe(key) + ": " + error.getMessage());
  }

  @Override
  public void reauthenticated(SessionKey key) {
    events.add("re-authenticated " + describe(key));
  }

  @Override
  public void signedOut(SessionKey key) {
    events.add("signed out " + describe(key));
  }

  /** Takes the events heard since the last call. */
  List<String> drain() {
    List<String> drained = new ArrayList<>();
    for (String event = events.poll(); event != null; event = events.poll()) {
      drained.add(event);
    }
    return drained;
  }

  /** Prints the events heard since the last call, one a line. */
  void print(PrintStream out) {
    drain().forEach(event -> out.println("     listener: " + event));
  }

  static String describe(SessionKey key) {
    return switch (key.kind()) {
      case SessionKey.APP -> "app " + key.identifier();
      case SessionKey.PASSWORD -> "user " + key.identifier() + " (password)";
      default -> key.kind() + " " + key.identifier();
    };
  }
}
