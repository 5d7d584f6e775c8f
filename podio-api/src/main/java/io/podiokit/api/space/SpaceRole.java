package io.podiokit.api.space;

import com.squareup.moshi.Json;
import java.util.Locale;

/** A member's role in a workspace. Its {@link #toString()} is Podio's name, as sent in paths. */
public enum SpaceRole {
  /** Sees and comments, adds items; cannot build apps. */
  @Json(name = "light") LIGHT,
  /** Works with everything and builds apps. */
  @Json(name = "regular") REGULAR,
  /** Also manages the workspace and its members. */
  @Json(name = "admin") ADMIN;

  /** Podio's name: {@code light}, {@code regular} or {@code admin}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
