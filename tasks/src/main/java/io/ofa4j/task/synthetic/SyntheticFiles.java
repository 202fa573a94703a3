package io.ofa4j.task.synthetic;

import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.Example;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated examples as a TSV with a header (the GLUE layout, readable back with {@link
 * io.ofa4j.task.data.DelimitedFormat#tsv}), UTF-8 with {@code \n} line ends, so the same examples
 * give the same bytes. List values are joined with {@code " || "}.
 */
public final class SyntheticFiles {

  private SyntheticFiles() {}

  /** Writes {@code columns} of every example to {@code file}. */
  public static void writeTsv(Path file, List<String> columns, List<Example> examples) {
    StringBuilder sb = new StringBuilder(String.join("\t", columns)).append('\n');
    for (Example e : examples) {
      for (int c = 0; c < columns.size(); c++) {
        Object v = e.get(columns.get(c));
        String text = v instanceof List<?> list
            ? String.join(" || ", list.stream().map(String::valueOf).toList())
            : String.valueOf(v);
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
          throw new DatasetException(e.origin() + ": slot '" + columns.get(c)
              + "' contains a tab or newline: '" + text + "'");
        }
        sb.append(c == 0 ? "" : "\t").append(text);
      }
      sb.append('\n');
    }
    try {
      Files.writeString(file, sb, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new DatasetException("cannot write " + file + ": " + ex.getMessage(), ex);
    }
  }
}
