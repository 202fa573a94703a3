package io.ofa4j.task.registry;

import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.MalformedRecordException;
import io.ofa4j.task.data.RecordCursor;
import io.ofa4j.task.data.RecordFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of motion clips with captions, the layout of text-to-motion sets converted to BVH:
 * {@code NAME.bvh} with a sibling {@code NAME.txt} whose first line is the caption. The reader's
 * "file" is the folder; clips go in file-name order. Slots {@code motion} (Path) and {@code text}.
 * A clip without its caption is a malformed record.
 */
public record BvhFolderFormat() implements RecordFormat {

  @Override
  public RecordCursor open(Path folder, long recordIndex, long byteOffset) {
    List<Path> clips;
    try (Stream<Path> s = Files.list(folder)) {
      clips = s.filter(p -> p.getFileName().toString().endsWith(".bvh")).sorted().toList();
    } catch (IOException e) {
      throw new DatasetException("cannot list BVH folder " + folder + ": " + e.getMessage(), e);
    }
    return new RecordCursor() {
      private long next = recordIndex;

      @Override
      public Example next() {
        if (next >= clips.size()) {
          return null;
        }
        Path bvh = clips.get((int) next++);
        String name = bvh.getFileName().toString();
        Path txt = bvh.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
        String caption;
        try {
          caption = Files.readAllLines(txt, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
          throw new MalformedRecordException(bvh.toString(), "no caption file " + txt);
        }
        if (caption.isEmpty()) {
          throw new MalformedRecordException(txt.toString(), "caption is empty");
        }
        return new Example(Map.of("motion", bvh, "text", caption), bvh.toString());
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
        // nothing open between records
      }
    };
  }
}
