package io.ofa4j.preset.config;

import java.util.Objects;

/**
 * A string bound from a preset together with where it was written, so later checks (an instruction
 * with a bad slot) can point into the YAML file.
 *
 * @param value the string
 * @param location where its scalar starts
 * @param quoted whether the scalar was quoted (a quoted scalar's content starts one column later)
 */
public record Located(String value, Location location, boolean quoted) {
  public Located {
    Objects.requireNonNull(value, "value is null");
    Objects.requireNonNull(location, "location is null");
  }

  /** A value with no file behind it (made in code). */
  public static Located of(String value) {
    return new Located(value, new Location("<code>", 1, 1), false);
  }

  /** Line and column of the first character of the value itself (inside quotes). */
  public Location contentStart() {
    return quoted ? new Location(location.file(), location.line(), location.column() + 1) : location;
  }

  @Override
  public String toString() {
    return value;
  }
}
