package io.ofa4j.instruction.diagnostic;

/** How bad a diagnostic is: errors stop planning, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case label used in rendered output ({@code error[...]}). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
