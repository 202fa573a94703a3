package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Delimited text, one record per line: GLUE TSVs, generic TSV/CSV, Sudoku CSV, LJSpeech's
 * pipe-separated metadata.
 *
 * <p>With {@code quoted == false} a line is split on every delimiter and quotes are ordinary
 * characters, which is how GLUE's TSVs must be read (they are not CSV-quoted: a sentence may start
 * with a quote that never closes). With {@code quoted == true} RFC 4180 quoting applies within a
 * line; quoted fields spanning lines are not supported and show up as malformed records.
 *
 * @param delimiter the field separator
 * @param quoted whether double quotes group fields
 * @param header whether the first line names the columns (and is not a record)
 * @param mapping slot to column
 */
public record DelimitedFormat(char delimiter, boolean quoted, boolean header, ColumnMapping mapping)
    implements RecordFormat {

  public DelimitedFormat {
    requireNonNull(mapping, "mapping is null");
  }

  /** Tab-separated, not quoted. */
  public static DelimitedFormat tsv(boolean header, ColumnMapping mapping) {
    return new DelimitedFormat('\t', false, header, mapping);
  }

  /** Comma-separated with RFC 4180 quotes. */
  public static DelimitedFormat csv(boolean header, ColumnMapping mapping) {
    return new DelimitedFormat(',', true, header, mapping);
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    List<String> names = header ? split(nonNull(LineRecordCursor.firstLine(file), file), file + ":1") : null;
    Map<String, Integer> columns = mapping.resolve(names, file.toString());
    int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    return new LineRecordCursor(file, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if ((header && lineNumber == 1) || line.isBlank()) {
          return null;
        }
        List<String> fields = split(line, location);
        if (fields.size() < needed) {
          throw new MalformedRecordException(location, "expected at least " + needed
              + " fields separated by '" + printable(delimiter) + "' but found " + fields.size());
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        columns.forEach((slot, index) -> slots.put(slot, fields.get(index)));
        return new Example(slots, location);
      }
    };
  }

  private static String nonNull(String line, Path file) {
    if (line == null) {
      throw new DatasetException(file + ": empty file, expected a header line");
    }
    return line;
  }

  private static String printable(char c) {
    return c == '\t' ? "\\t" : String.valueOf(c);
  }

  List<String> split(String line, String location) {
    if (!quoted) {
      return List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1));
    }
    ArrayList<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (inQuotes) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          inQuotes = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        inQuotes = true;
      } else if (c == delimiter) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (inQuotes) {
      throw new MalformedRecordException(location, "unterminated quoted field");
    }
    out.add(field.toString());
    return out;
  }
}
