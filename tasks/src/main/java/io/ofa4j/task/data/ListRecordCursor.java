package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A cursor over records already held in memory (a parsed JSON tree, a folder listing): record
 * {@code i} of the list, turned into an example by a parser. A resume starts at the record index;
 * there are no byte offsets, and nothing is open between records.
 *
 * @param <T> the in-memory record type
 */
public final class ListRecordCursor<T> implements RecordCursor {

  /**
   * Turns one record into an example.
   *
   * @param <T> the in-memory record type
   */
  @FunctionalInterface
  public interface RecordParser<T> {
    /**
     * The example of {@code record}, number {@code index} in the list.
     *
     * @throws MalformedRecordException when the record is bad; it is consumed all the same
     */
    Example parse(T record, long index);
  }

  private final List<T> records;
  private final RecordParser<T> parser;
  private long next;

  /**
   * @param records the records, in order
   * @param start index of the first record to return (a resume point)
   * @param parser turns a record into an example
   */
  public ListRecordCursor(List<T> records, long start, RecordParser<T> parser) {
    this.records = requireNonNull(records, "records is null");
    this.parser = requireNonNull(parser, "parser is null");
    this.next = start;
  }

  @Override
  public Example next() {
    if (next >= records.size()) {
      return null;
    }
    long index = next++;
    return parser.parse(records.get((int) index), index);
  }

  @Override
  public long recordIndex() {
    return next;
  }

  @Override
  public long byteOffset() {
    return -1;
  }

  @Override
  public void close() {
    // the records are in memory; nothing to release
  }
}
