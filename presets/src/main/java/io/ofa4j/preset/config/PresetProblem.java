package io.ofa4j.preset.config;

import java.util.Objects;

/**
 * One problem in a preset, at a place.
 *
 * @param location file:line:column
 * @param message what is wrong, naming the value found
 * @param help a suggestion (did you mean ...), or {@code null}
 */
public record PresetProblem(Location location, String message, String help) {
  public PresetProblem {
    Objects.requireNonNull(location, "location is null");
    Objects.requireNonNull(message, "message is null");
  }

  /** {@code file:line:col: message (help)}. */
  public String format() {
    return location + ": " + message + (help == null ? "" : " (" + help + ")");
  }
}
