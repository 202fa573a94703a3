package io.ofa4j.task.data;

/**
 * A lazy pass over the records of one file, opened by a {@link RecordFormat}.
 *
 * <p>{@link #recordIndex()} and {@link #byteOffset()} describe the position just before the next
 * record, so that {@code format.open(file, recordIndex(), byteOffset())} continues from there.
 */
public interface RecordCursor extends AutoCloseable {

  /**
   * Returns the next example, or null at the end of the file.
   *
   * @throws MalformedRecordException when the next record cannot be parsed; it is then consumed
   */
  Example next();

  /** Records consumed so far (good and malformed), counting from the start of the file. */
  long recordIndex();

  /** Byte offset of the next record, or -1 when the format cannot seek. */
  long byteOffset();

  @Override
  void close();
}
