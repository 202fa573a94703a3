package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.RecordCursor;
import io.ofa4j.task.data.RecordFormat;
import java.nio.file.Path;

/**
 * A format whose examples are mapped to a task's slot names.
 *
 * @param format the reading format
 * @param mapping the slot mapping
 */
public record MappedFormat(RecordFormat format, TaskMapping mapping) implements RecordFormat {

  public MappedFormat {
    requireNonNull(format, "format is null");
    requireNonNull(mapping, "mapping is null");
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    RecordCursor c = format.open(file, recordIndex, byteOffset);
    return new RecordCursor() {
      @Override
      public Example next() {
        Example e = c.next();
        return e == null ? null : mapping.apply(e);
      }

      @Override
      public long recordIndex() {
        return c.recordIndex();
      }

      @Override
      public long byteOffset() {
        return c.byteOffset();
      }

      @Override
      public void close() {
        c.close();
      }
    };
  }
}
