package io.podiokit.api.rating;

import java.util.Locale;

/**
 * The kinds of rating Podio keeps, each with the values it takes. Written in paths in lower case ({@code like}).
 */
public enum RatingType {
  /** Approval: 0 approves, 1 disapproves. */
  APPROVED(0, 1),
  /** Attendance: 0 attends, 1 does not, 2 maybe. */
  RSVP(0, 2),
  /** One to five stars. */
  FIVESTAR(1, 5),
  /** 0 yes, 1 no. */
  YESNO(0, 1),
  /** 0 thumbs up, 1 thumbs down. */
  THUMBS(0, 1),
  /** A like: always 1. */
  LIKE(1, 1);

  private final int min;
  private final int max;

  RatingType(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Checks a value for this type.
   *
   * @param value the value to give
   * @return the value
   * @throws IllegalArgumentException when this type does not take it
   */
  public int check(int value) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(this + " ratings take values " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  /** The name in Podio's paths: {@code approved}, {@code rsvp}, {@code fivestar}, {@code yesno}, {@code thumbs}, {@code like}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
