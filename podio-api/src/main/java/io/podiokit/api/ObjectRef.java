package io.podiokit.api;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An object another one points at, as Podio writes a reference: a task's {@code ref}, a file's {@code context}, a
 * subscription's {@code ref}.
 *
 * @param type the object's type: {@code item}, {@code task}, {@code status}, {@code space}, {@code app}, ...
 * @param id its id
 * @param title its title, when Podio sends it
 * @param link its URL on podio.com, when sent
 * @param data the object itself in a small view, when sent; empty otherwise
 */
public record ObjectRef(String type, long id, @Nullable String title, @Nullable String link, Map<String, Object> data) {

  /**
   * Checks.
   *
   * @param type the object's type: {@code item}, {@code task}, {@code status}, {@code space}, {@code app}, ...
   * @param id its id
   * @param title its title, when Podio sends it
   * @param link its URL on podio.com, when sent
   * @param data the object itself in a small view, when sent; empty otherwise
   */
  public ObjectRef {
    Objects.requireNonNull(type, "type == null");
    data = Map.copyOf(data);
  }

  /**
   * A reference to {@code type}/{@code id} without details.
   *
   * @param type the object's type, e.g. {@code "item"}
   * @param id its id
   * @return the reference
   */
  public static ObjectRef of(String type, long id) {
    return new ObjectRef(type, id, null, null, Map.of());
  }
}
