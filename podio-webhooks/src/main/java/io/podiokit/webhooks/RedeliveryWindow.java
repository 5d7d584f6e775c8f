package io.podiokit.webhooks;

import io.podiokit.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The events seen lately, to recognise Podio's redeliveries: at most {@code capacity} keys, each kept for
 * {@code maxAge} on the receiver's clock; the oldest go first. Thread-safe.
 */
final class RedeliveryWindow {

  /**
   * What makes two posts the same event: the hook, the type, the object (its ids) and the revision.
   *
   * @param hookId the hook
   * @param type the event type
   * @param object the event's ids other than the revision, in a fixed order
   * @param revision {@code item_revision_id}, when there is one
   */
  record Key(long hookId, String type, String object, @Nullable String revision) {}

  private final int capacity;
  private final Duration maxAge;
  private final Clock clock;
  private final LinkedHashMap<Key, Instant> seen = new LinkedHashMap<>();

  RedeliveryWindow(int capacity, Duration maxAge, Clock clock) {
    this.capacity = capacity;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Records {@code key}; {@code false} when it was already seen within the window (a redelivery). */
  synchronized boolean claim(Key key) {
    Instant now = clock.now();
    Instant cutoff = now.minus(maxAge);
    for (Iterator<Map.Entry<Key, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Key, Instant> e = it.next();
      if (e.getValue().isAfter(cutoff)) {
        break;
      }
      it.remove();
    }
    if (seen.containsKey(key)) {
      return false;
    }
    seen.put(key, now);
    if (seen.size() > capacity) {
      Iterator<Key> oldest = seen.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** Forgets {@code key}, so that the next delivery of it counts as new (its handling failed). */
  synchronized void release(Key key) {
    seen.remove(key);
  }

  synchronized int size() {
    return seen.size();
  }
}
