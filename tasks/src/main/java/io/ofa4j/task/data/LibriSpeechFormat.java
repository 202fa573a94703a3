package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LibriSpeech transcripts: the reader's files are the {@code <speaker>/<chapter>/<speaker>-<chapter>.trans.txt}
 * files (use {@link Shards#expand} with {@code **}{@code /*.trans.txt}); each line is {@code
 * <utterance-id> <TRANSCRIPT>} and the audio is the sibling {@code <utterance-id>.flac}. Slots:
 * {@code audio} (Path), {@code text}, {@code utterance_id}, {@code speaker_id}.
 */
public record LibriSpeechFormat() implements RecordFormat {

  @Override
  public RecordCursor open(Path transcript, long recordIndex, long byteOffset) {
    return new LineRecordCursor(transcript, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if (line.isBlank()) {
          return null;
        }
        int space = line.indexOf(' ');
        String id = space < 0 ? line : line.substring(0, space);
        if (space < 0 || !id.matches("\\d+-\\d+-\\d+")) {
          throw new MalformedRecordException(
              location, "expected '<speaker>-<chapter>-<utterance> TEXT' but found '" + line + "'");
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("audio", transcript.resolveSibling(id + ".flac"));
        slots.put("text", line.substring(space + 1).strip());
        slots.put("utterance_id", id);
        slots.put("speaker_id", id.substring(0, id.indexOf('-')));
        return new Example(slots, location);
      }
    };
  }
}
