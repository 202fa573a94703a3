package io.ofa4j.task.data;

import java.nio.file.Path;

/** A dataset file format: opens one file as a lazy {@link RecordCursor}. */
public interface RecordFormat {

  /**
   * Opens {@code file} positioned before record {@code recordIndex}.
   *
   * @param file the file (for paired formats, the primary file of the pair)
   * @param recordIndex records to skip; also the number the first returned record is counted from
   * @param byteOffset where that record starts if known (seekable formats jump there), else -1 or 0
   * @throws DatasetException when the file cannot be opened
   */
  RecordCursor open(Path file, long recordIndex, long byteOffset);
}
