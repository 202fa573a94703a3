package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kinetics annotation CSV with header {@code label,youtube_id,time_start,time_end,split} (extra
 * columns such as {@code is_cc} are ignored; quoted labels like {@code "passing American
 * football (in game)"} are handled). The clip is expected at {@code
 * videoRoot/<label>/<youtube_id>_<start:06d>_<end:06d>.mp4}, the layout of the common Kinetics
 * downloaders. Slots: {@code video} (Path), {@code label}, {@code youtube_id}, {@code split}.
 *
 * @param videoRoot folder with one subfolder per label
 */
public record KineticsFormat(Path videoRoot) implements RecordFormat {

  private static final List<String> COLUMNS = List.of("label", "youtube_id", "time_start", "time_end", "split");

  public KineticsFormat {
    requireNonNull(videoRoot, "videoRoot is null");
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    DelimitedFormat csv = DelimitedFormat.csv(true, ColumnMapping.parse("label:label", List.of()));
    String headerLine = LineRecordCursor.firstLine(file);
    List<String> header = csv.split(headerLine == null ? "" : headerLine, file + ":1");
    int[] idx = new int[COLUMNS.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = header.indexOf(COLUMNS.get(i));
      if (idx[i] < 0) {
        throw new DatasetException(file + ":1: Kinetics header lacks column '" + COLUMNS.get(i) + "'; found " + header);
      }
    }
    return new LineRecordCursor(file, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if (lineNumber == 1 || line.isBlank()) {
          return null;
        }
        List<String> f = csv.split(line, location);
        if (f.size() < header.size()) {
          throw new MalformedRecordException(location, "expected " + header.size() + " fields but found " + f.size());
        }
        int start;
        int end;
        try {
          start = (int) Double.parseDouble(f.get(idx[2]));
          end = (int) Double.parseDouble(f.get(idx[3]));
        } catch (NumberFormatException e) {
          throw new MalformedRecordException(location, "time_start/time_end are not numbers: '"
              + f.get(idx[2]) + "', '" + f.get(idx[3]) + "'");
        }
        String label = f.get(idx[0]);
        String id = f.get(idx[1]);
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("video", videoRoot.resolve(label).resolve(String.format("%s_%06d_%06d.mp4", id, start, end)));
        slots.put("label", label);
        slots.put("youtube_id", id);
        slots.put("split", f.get(idx[4]));
        return new Example(slots, location);
      }
    };
  }
}
