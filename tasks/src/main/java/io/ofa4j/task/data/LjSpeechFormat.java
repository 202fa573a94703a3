package io.ofa4j.task.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LJSpeech {@code metadata.csv}: {@code ID|raw transcription|normalized transcription}, pipe
 * separated, no header, no quoting (transcripts contain quotes and commas). The audio is {@code
 * wavs/<ID>.wav} next to the metadata file. Slots: {@code audio} (Path), {@code text} (normalized),
 * {@code raw_text}, {@code id}.
 */
public record LjSpeechFormat() implements RecordFormat {

  @Override
  public RecordCursor open(Path metadata, long recordIndex, long byteOffset) {
    return new LineRecordCursor(metadata, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if (line.isBlank()) {
          return null;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != 3 || f[0].isBlank()) {
          throw new MalformedRecordException(location, "expected 'ID|raw|normalized' (3 fields) but found " + f.length);
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("audio", metadata.resolveSibling("wavs").resolve(f[0] + ".wav"));
        slots.put("text", f[2]);
        slots.put("raw_text", f[1]);
        slots.put("id", f[0]);
        return new Example(slots, location);
      }
    };
  }
}
