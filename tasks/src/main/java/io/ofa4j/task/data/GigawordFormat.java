package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gigaword summarisation as parallel text files (e.g. {@code train.src.txt} /
 * {@code train.tgt.txt}): line i of the source file is the article's first sentence, line i of the
 * target file its headline. The reader is given the source file; the target file is found by
 * replacing {@code sourceSuffix} with {@code targetSuffix}. Slots {@code source}, {@code target}.
 * Files with different line counts give a malformed record at the first unmatched line. Positions
 * resume by skipping lines (two files, so no single byte offset).
 *
 * @param sourceSuffix e.g. {@code .src.txt}
 * @param targetSuffix e.g. {@code .tgt.txt}
 */
public record GigawordFormat(String sourceSuffix, String targetSuffix) implements RecordFormat {

  public GigawordFormat {
    requireNonNull(sourceSuffix, "sourceSuffix is null");
    requireNonNull(targetSuffix, "targetSuffix is null");
  }

  @Override
  public RecordCursor open(Path source, long recordIndex, long byteOffset) {
    String name = source.getFileName().toString();
    if (!name.endsWith(sourceSuffix)) {
      throw new DatasetException(source + ": Gigaword source file name must end with '" + sourceSuffix + "'");
    }
    Path target = source.resolveSibling(name.substring(0, name.length() - sourceSuffix.length()) + targetSuffix);
    LineReader src = new LineReader(source, 0);
    LineReader tgt = new LineReader(target, 0);
    for (long i = 0; i < recordIndex; i++) {
      src.readLine();
      tgt.readLine();
    }
    return new RecordCursor() {
      private long line = recordIndex;

      @Override
      public Example next() {
        String s = src.readLine();
        String t = tgt.readLine();
        if (s == null && t == null) {
          return null;
        }
        line++;
        String location = source + ":" + line;
        if (s == null || t == null) {
          throw new MalformedRecordException(location, (s == null ? source : target)
              + " has fewer lines than its pair (" + (s == null ? target : source) + ")");
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("source", s);
        slots.put("target", t);
        return new Example(slots, location);
      }

      @Override
      public long recordIndex() {
        return line;
      }

      @Override
      public long byteOffset() {
        return -1;
      }

      @Override
      public void close() {
        src.close();
        tgt.close();
      }
    };
  }
}
