package io.podiokit;

import java.util.Arrays;

/** How a session was first obtained; decides what happens when its refresh token dies. */
public enum GrantKind {
  /** Server-side flow: a person must authorize again. */
  AUTHORIZATION_CODE("authorization_code"),
  /** Client-side flow (token in the URL fragment): a person must authorize again. */
  IMPLICIT("implicit"),
  /** Username and password: replayed automatically while the process knows the password. */
  PASSWORD("password"),
  /** App id and app token: replayed automatically while the process knows the app token. */
  APP("app");

  private final String wireName;

  GrantKind(String wireName) {
    this.wireName = wireName;
  }

  /** {@return the name stores write for this kind} */
  public String wireName() {
    return wireName;
  }

  /**
   * Reads a name written by {@link #wireName()}.
   *
   * @param name a name written by {@link #wireName()}
   * @return the kind with that name
   */
  public static GrantKind fromWireName(String name) {
    for (GrantKind kind : values()) {
      if (kind.wireName.equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown grant kind '" + name + "', expected one of "
        + Arrays.stream(values()).map(GrantKind::wireName).toList());
  }
}
