package io.ofa4j.preset.cli;

/**
 * A failure a command reports to the user as it is: the message is printed without a stack
 * trace, and the process exits with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /** An invalid-input failure (exit code 2). */
  public CliException(String message) {
    this(message, Main.EXIT_INVALID_INPUT, null);
  }

  /** A failure with its exit code and cause. */
  public CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The process exit code. */
  public int exitCode() {
    return exitCode;
  }
}
