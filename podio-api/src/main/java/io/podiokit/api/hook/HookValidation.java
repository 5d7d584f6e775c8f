package io.podiokit.api.hook;

import java.util.Objects;

/**
 * The body of {@link HookService#validate(long, HookValidation)}: the code Podio posted in the hook's
 * {@code hook.verify} event. The code activates the hook, so {@link #toString()} does not show it.
 *
 * @param code the verification code
 */
public record HookValidation(String code) {

  /**
   * Checks the values are given and not blank.
   *
   * @param code the verification code
   */
  public HookValidation {
    Objects.requireNonNull(code, "code == null");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank: pass the code of the hook.verify event");
    }
  }

  @Override
  public String toString() {
    return "HookValidation[code=******]";
  }
}
