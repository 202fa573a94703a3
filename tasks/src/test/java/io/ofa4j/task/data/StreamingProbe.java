package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Child-process entry point for {@link StreamingMemoryTest}: reads a file with a small heap and
 * prints the number of examples. Not a test itself.
 */
public final class StreamingProbe {

  private StreamingProbe() {}

  public static void main(String[] args) {
    Path file = Path.of(args[1]);
    RecordFormat format = switch (args[0]) {
      case "coco" -> new KarpathyCocoFormat(file.getParent(), Set.of());
      case "tsv" -> GlueFormats.sst2();
      default -> throw new IllegalArgumentException("unknown probe format " + args[0]);
    };
    long n = 0;
    try (DatasetReader r = new DatasetReader(List.of(file), format, ReaderOptions.sequential().withShuffle(1, 256))) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    System.out.println("examples=" + n);
  }
}
