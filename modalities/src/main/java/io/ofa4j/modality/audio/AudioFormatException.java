package io.ofa4j.modality.audio;

/**
 * An audio file could not be decoded: corrupt, truncated, empty or in an unsupported format. The
 * message names the file and the value found.
 */
public final class AudioFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the offending value. */
  public AudioFormatException(String message) {
    super(message);
  }

  /** Creates the exception with a cause (e.g. the decoder's own error). */
  public AudioFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
