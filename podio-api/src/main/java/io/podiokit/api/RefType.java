package io.podiokit.api;

import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of object Podio's {@code {ref_type}/{ref_id}} paths name (conversations, grants, flows, widgets and
 * batches on an object, ...). As a path parameter it is written as Podio's name ({@link #toString()}, e.g.
 * {@code app_field}). Answers keep the type as text, since Podio sends kinds this list may not know.
 */
public enum RefType {
  /** An app. */
  APP,
  /** A field of an app. */
  APP_FIELD,
  /** An item. */
  ITEM,
  /** A revision of an item. */
  ITEM_REVISION,
  /** A task. */
  TASK,
  /** A status message. */
  STATUS,
  /** A comment. */
  COMMENT,
  /** A file. */
  FILE,
  /** A workspace. */
  SPACE,
  /** An organization. */
  ORG,
  /** A conversation. */
  CONVERSATION,
  /** A profile (contact). */
  PROFILE,
  /** A user. */
  USER,
  /** A question. */
  QUESTION,
  /** A widget. */
  WIDGET;

  /** {@return Podio's name of this kind, e.g. {@code item} or {@code app_field}} */
  public String podioName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Podio's name, as written into paths. */
  @Override
  public String toString() {
    return podioName();
  }

  /**
   * The kind Podio names {@code name}.
   *
   * @param name Podio's name, e.g. {@code item}
   * @return the kind
   * @throws IllegalArgumentException when no kind has that name
   */
  public static RefType of(String name) {
    Objects.requireNonNull(name, "name == null");
    for (RefType t : values()) {
      if (t.podioName().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown ref_type '" + name + "'; known: "
        + java.util.Arrays.stream(values()).map(RefType::podioName).toList());
  }
}
