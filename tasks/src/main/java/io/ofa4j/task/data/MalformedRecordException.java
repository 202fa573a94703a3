package io.ofa4j.task.data;

/**
 * One record could not be parsed. The record has been consumed, so the cursor that threw it can
 * continue with the next record. The message starts with {@code file:line:}.
 */
public final class MalformedRecordException extends DatasetException {

  private static final long serialVersionUID = 1L;
  private final String location;

  /**
   * @param location {@code file:line} or {@code file#record}
   * @param problem what is wrong, with the value found
   */
  public MalformedRecordException(String location, String problem) {
    super(location + ": " + problem);
    this.location = location;
  }

  /** {@code file:line} or {@code file#record} of the bad record. */
  public String location() {
    return location;
  }
}
