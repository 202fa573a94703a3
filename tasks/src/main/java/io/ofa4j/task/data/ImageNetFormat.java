package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ImageNet (ILSVRC) in class folders: the reader's "file" is a split folder ({@code train/})
 * holding one folder per synset ({@code n01440764/...JPEG}); {@code LOC_synset_mapping.txt} lists
 * the synsets in class-index order, one per line: {@code n01440764 tench, Tinca tinca}.
 *
 * <p>Slots: {@code image} (Path), {@code label} (the first name, e.g. {@code tench}), {@code
 * synset}, {@code class_index}. Classes go in mapping order and files in name order; only one
 * class folder's file names are listed at a time. A missing class folder is skipped with no
 * examples; a folder not in the mapping is ignored.
 *
 * @param synsetMapping the {@code LOC_synset_mapping.txt} file
 */
public record ImageNetFormat(Path synsetMapping) implements RecordFormat {

  public ImageNetFormat {
    requireNonNull(synsetMapping, "synsetMapping is null");
  }

  /** The synsets and their first names, in class-index order. */
  List<String[]> synsets() {
    List<String[]> out = new ArrayList<>();
    try (LineReader r = new LineReader(synsetMapping, 0)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        int space = line.indexOf(' ');
        if (space < 0) {
          throw new DatasetException(synsetMapping + ":" + n + ": expected 'synset names' but found '" + line + "'");
        }
        String names = line.substring(space + 1);
        int comma = names.indexOf(',');
        out.add(new String[] {line.substring(0, space), (comma < 0 ? names : names.substring(0, comma)).strip()});
      }
    }
    return out;
  }

  @Override
  public RecordCursor open(Path splitDir, long recordIndex, long byteOffset) {
    if (!Files.isDirectory(splitDir)) {
      throw new DatasetException(splitDir + ": not a directory of synset folders");
    }
    List<String[]> classes = synsets();
    RecordCursor cursor = new RecordCursor() {
      private int classIndex = -1;
      private List<Path> files = List.of();
      private int fileIndex;
      private long consumed;

      @Override
      public Example next() {
        while (fileIndex >= files.size()) {
          if (++classIndex >= classes.size()) {
            return null;
          }
          files = list(splitDir.resolve(classes.get(classIndex)[0]));
          fileIndex = 0;
        }
        Path image = files.get(fileIndex++);
        consumed++;
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("image", image);
        slots.put("label", classes.get(classIndex)[1]);
        slots.put("synset", classes.get(classIndex)[0]);
        slots.put("class_index", String.valueOf(classIndex));
        return new Example(slots, image.toString());
      }

      @Override
      public long recordIndex() {
        return consumed;
      }

      @Override
      public long byteOffset() {
        return -1;
      }

      @Override
      public void close() {}
    };
    for (long i = 0; i < recordIndex && cursor.next() != null; i++) {
      // skip to the resume point; listing is per class folder so this stays cheap in memory
    }
    return cursor;
  }

  private static List<Path> list(Path classDir) {
    if (!Files.isDirectory(classDir)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(classDir)) {
      for (Path p : s) {
        if (Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      throw new DatasetException("cannot list " + classDir + ": " + e.getMessage(), e);
    }
    out.sort(null);
    return out;
  }
}
