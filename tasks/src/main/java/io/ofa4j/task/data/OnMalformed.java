package io.ofa4j.task.data;

/** What a reader does with a record it cannot parse. */
public enum OnMalformed {
  /** Stop with a {@link DatasetException} naming the file and line. */
  FAIL,
  /** Log it, count it ({@link DatasetReader#malformedCount()}) and go on with the next record. */
  SKIP
}
