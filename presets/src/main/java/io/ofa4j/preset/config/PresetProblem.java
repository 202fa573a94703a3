package io.ofa4j.preset.config;

import java.util.Objects;

/**
 * One problem in a preset, at a place.
 *
 * @param location file:line:column where it starts
 * @param length characters to underline (at least 1)
 * @param message what is wrong, naming the value found
 * @param help a suggestion (did you mean ...), or {@code null}
 */
public record PresetProblem(Location location, int length, String message, String help) {
  public PresetProblem {
    Objects.requireNonNull(location, "location is null");
    Objects.requireNonNull(message, "message is null");
    length = Math.max(1, length);
  }

  /** A problem underlining one character. */
  public PresetProblem(Location location, String message, String help) {
    this(location, 1, message, help);
  }

  /** {@code file:line:col: message (help)}. */
  public String format() {
    return location + ": " + message + (help == null ? "" : " (" + help + ")");
  }
}
