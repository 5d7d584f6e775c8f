package io.podiokit.api.grant;

import java.util.Objects;

/**
 * Someone to give access to: a user by id, or a person by mail address.
 *
 * @param type {@code user} or {@code mail}
 * @param id the user id (as text) or the mail address
 */
public record GrantPerson(String type, String id) {

  /**
   * Checks.
   *
   * @param type {@code user} or {@code mail}
   * @param id the user id (as text) or the mail address
   */
  public GrantPerson {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(id, "id == null");
    if (!type.equals("user") && !type.equals("mail")) {
      throw new IllegalArgumentException("type must be user or mail, was " + type);
    }
  }

  /**
   * A user.
   *
   * @param userId the user's id
   * @return the person
   */
  public static GrantPerson user(long userId) {
    return new GrantPerson("user", Long.toString(userId));
  }

  /**
   * A person by mail address.
   *
   * @param mail the address
   * @return the person
   */
  public static GrantPerson mail(String mail) {
    Objects.requireNonNull(mail, "mail == null");
    if (!mail.contains("@")) {
      throw new IllegalArgumentException("not a mail address: " + mail);
    }
    return new GrantPerson("mail", mail);
  }
}
