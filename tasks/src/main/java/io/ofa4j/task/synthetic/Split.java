package io.ofa4j.task.synthetic;

import java.util.Locale;

/** A synthetic split: train takes indices {@code [0, train)}, validation the next ones. */
public enum Split {
  TRAIN,
  VALIDATION;

  /** {@code train} or {@code validation}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code train} / {@code validation} (also {@code val}, {@code valid}). */
  public static Split parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "train" -> TRAIN;
      case "validation", "valid", "val" -> VALIDATION;
      default -> throw new IllegalArgumentException("unknown split '" + text
          + "'; use train or validation");
    };
  }
}
