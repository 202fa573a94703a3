package io.ofa4j.modality.pipeline.encode;

/**
 * An example that cannot be encoded: names the example's origin, the slot, and the value found.
 */
public final class ExampleEncodingException extends RuntimeException {
  private final String origin;
  private final String slot;

  /**
   * @param origin {@code file:line} of the example
   * @param slot the slot being encoded
   * @param value a short rendering of the value
   * @param cause what went wrong
   */
  public ExampleEncodingException(String origin, String slot, String value, Throwable cause) {
    super("example " + origin + ", slot '" + slot + "', value " + value + ": " + cause.getMessage(), cause);
    this.origin = origin;
    this.slot = slot;
  }

  /** Where the example came from. */
  public String origin() {
    return origin;
  }

  /** The slot that failed. */
  public String slot() {
    return slot;
  }
}
