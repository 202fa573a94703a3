package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads every example of one file in order. */
final class Read {

  private Read() {}

  static List<Example> all(RecordFormat format, Path... files) {
    List<Example> out = new ArrayList<>();
    try (DatasetReader r = new DatasetReader(List.of(files), format, ReaderOptions.sequential())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }
}
