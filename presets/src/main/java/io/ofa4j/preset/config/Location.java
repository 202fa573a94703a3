package io.ofa4j.preset.config;

import java.util.Objects;

/**
 * A 1-based place in a preset file (or on the command line, for {@code --set} overrides).
 *
 * @param file the file name as the user gave it, or {@code --set}
 * @param line 1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {
  public Location {
    Objects.requireNonNull(file, "file is null");
    if (line <= 0 || column <= 0) {
      throw new IllegalArgumentException("line (" + line + ") and column (" + column + ") must be > 0");
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
