package io.podiokit.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Settings kept per object ({@code ref_type}/{@code ref_id}) and forgotten when the object is deleted (on its
 * {@code *.delete} event): reminders and recurrences.
 *
 * @param <V> the setting
 */
final class RefSettings<V> {

  private final Map<String, V> values = new ConcurrentHashMap<>();

  RefSettings(World world) {
    world.subscribe(e -> {
      if (e.type().endsWith(".delete")) {
        String suffix = "|" + e.refType() + ":" + e.refId();
        values.keySet().removeIf(k -> k.endsWith(suffix));
      }
    });
  }

  /** The key of {@code owner}'s setting on an object; {@code owner} is empty for settings of the object itself. */
  static String key(String owner, String refType, long refId) {
    return owner + "|" + refType + ":" + refId;
  }

  @Nullable V get(String key) {
    return values.get(key);
  }

  void put(String key, V value) {
    values.put(key, value);
  }

  @Nullable V remove(String key) {
    return values.remove(key);
  }
}
