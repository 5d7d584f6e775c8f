package io.podiokit;

import java.util.Objects;

/**
 * Whom a token acts as: Podio's {@code ref} object, {@code user} with the user's id or {@code app} with the app's id.
 *
 * @param type {@code user} or {@code app}, as Podio sends it
 * @param id the user's or the app's id
 */
public record TokenRef(String type, long id) {
  /**
   * Creates the record, checking its components.
   *
   * @param type {@code user} or {@code app}, as Podio sends it
   * @param id the user's or the app's id
   */
  public TokenRef {
    Objects.requireNonNull(type, "type == null");
  }
}
