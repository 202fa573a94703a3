package io.ofa4j.runtime.weights;

/**
 * A safetensors file or sharded checkpoint that cannot be read: the message names the file and,
 * where one is at fault, the tensor, with the value found.
 */
public final class SafetensorsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public SafetensorsException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public SafetensorsException(String message, Throwable cause) {
    super(message, cause);
  }
}
