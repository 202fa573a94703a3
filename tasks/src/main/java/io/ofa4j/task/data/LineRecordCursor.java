package io.ofa4j.task.data;

import java.nio.file.Path;

/**
 * Base of line-oriented formats (TSV, CSV, JSONL, transcripts). Every physical line counts as one
 * record for positions (header and blank lines included), so record index and line number agree
 * and a resume can seek by byte offset. Subclasses parse one line.
 */
abstract class LineRecordCursor implements RecordCursor {

  private final Path file;
  private final LineReader reader;
  private long lineIndex;

  /**
   * @param file the file
   * @param recordIndex lines already consumed
   * @param byteOffset where line {@code recordIndex} starts, or -1/0 to skip lines from the start
   */
  LineRecordCursor(Path file, long recordIndex, long byteOffset) {
    this.file = file;
    boolean seek = recordIndex > 0 && byteOffset > 0;
    this.reader = new LineReader(file, seek ? byteOffset : 0);
    if (seek) {
      lineIndex = recordIndex;
    } else {
      while (lineIndex < recordIndex && reader.readLine() != null) {
        lineIndex++;
      }
    }
  }

  /** Reads the first line of {@code file} (a header) independently of the cursor position. */
  static String firstLine(Path file) {
    try (LineReader r = new LineReader(file, 0)) {
      return r.readLine();
    }
  }

  /**
   * Parses one line.
   *
   * @param line the line without terminator
   * @param lineNumber 1-based line number
   * @param location {@code file:line} for messages and {@link Example#origin()}
   * @return the example, or null to skip the line silently (a header or a blank line)
   * @throws MalformedRecordException when the line is bad
   */
  abstract Example parse(String line, long lineNumber, String location);

  Path file() {
    return file;
  }

  @Override
  public final Example next() {
    while (true) {
      String line = reader.readLine();
      if (line == null) {
        return null;
      }
      lineIndex++;
      Example e = parse(line, lineIndex, file + ":" + lineIndex);
      if (e != null) {
        return e;
      }
    }
  }

  @Override
  public final long recordIndex() {
    return lineIndex;
  }

  @Override
  public final long byteOffset() {
    return reader.offset();
  }

  @Override
  public void close() {
    reader.close();
  }
}
