package io.ofa4j.task.data;

/** A dataset could not be read: I/O failure, missing companion file, or a malformed record under FAIL. */
public class DatasetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
