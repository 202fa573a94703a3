package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * SNLI-VE JSONL ({@code snli_ve_train.jsonl}): each line has {@code Flickr30K_ID}, {@code
 * sentence1} (the caption the premise image replaced), {@code sentence2} (the hypothesis) and
 * {@code gold_label} (entailment / neutral / contradiction). Slots: {@code image} (Path
 * imageDir/ID.jpg), {@code hypothesis}, {@code caption}, {@code label}.
 *
 * @param imageDir the Flickr30k images folder
 */
public record SnliVeFormat(Path imageDir) implements RecordFormat {

  public SnliVeFormat {
    requireNonNull(imageDir, "imageDir is null");
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    return new LineRecordCursor(file, recordIndex, byteOffset) {
      @Override
      Example parse(String line, long lineNumber, String location) {
        if (line.isBlank()) {
          return null;
        }
        JsonNode node = JsonlFormat.parseLine(line, location);
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("image", imageDir.resolve(JsonValues.text(node, "Flickr30K_ID", location) + ".jpg"));
        slots.put("hypothesis", JsonValues.text(node, "sentence2", location));
        slots.put("caption", node.path("sentence1").asString(""));
        slots.put("label", JsonValues.text(node, "gold_label", location));
        return new Example(slots, location);
      }
    };
  }
}
