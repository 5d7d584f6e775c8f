package io.podiokit.api.grant;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body that gives people access to an object.
 *
 * @param people who gets access
 * @param action {@code view}, {@code comment} or {@code rate}
 * @param message a message sent to them, or {@code null}
 */
public record NewGrant(List<GrantPerson> people, String action, @Nullable String message) {

  /**
   * Checks and copies.
   *
   * @param people who gets access
   * @param action {@code view}, {@code comment} or {@code rate}
   * @param message a message sent to them, or {@code null}
   */
  public NewGrant {
    people = List.copyOf(Objects.requireNonNull(people, "people == null"));
    Objects.requireNonNull(action, "action == null");
    if (people.isEmpty()) {
      throw new IllegalArgumentException("people must not be empty");
    }
  }

  /**
   * A grant without a message.
   *
   * @param action what they may do
   * @param people who gets access
   * @return the body
   */
  public static NewGrant of(GrantAction action, List<GrantPerson> people) {
    return new NewGrant(people, Objects.requireNonNull(action, "action == null").podioName(), null);
  }
}
