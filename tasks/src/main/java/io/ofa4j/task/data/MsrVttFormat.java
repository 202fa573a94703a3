package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * MSR-VTT annotation JSON ({@code train_val_videodatainfo.json}): {@code {"videos": [{"video_id":
 * "video0", "split": "train", ...}], "sentences": [{"caption", "video_id", "sen_id"}]}}. The small
 * {@code videos} list (which precedes the sentences in the official file) is kept for the split;
 * the sentences are streamed. One example per sentence: {@code video} (Path videoDir/video_id.mp4),
 * {@code caption}, {@code video_id}, {@code split}.
 *
 * @param videoDir folder of the {@code videoN.mp4} files
 * @param splits splits to keep (train, validate, test); empty keeps all
 */
public record MsrVttFormat(Path videoDir, Set<String> splits) implements RecordFormat {

  public MsrVttFormat {
    requireNonNull(videoDir, "videoDir is null");
    splits = Set.copyOf(requireNonNull(splits, "splits is null"));
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    Map<String, String> splitOf = new HashMap<>();
    return new JsonArrayCursor(file, "sentences", recordIndex) {
      @Override
      boolean wantsField(String name) {
        return name.equals("videos");
      }

      @Override
      void onField(String name, JsonNode videos) {
        for (JsonNode v : videos) {
          splitOf.put(v.path("video_id").asString(""), v.path("split").asString(""));
        }
      }

      @Override
      List<Example> expand(JsonNode s, String location) {
        String videoId = JsonValues.text(s, "video_id", location);
        String split = splitOf.getOrDefault(videoId, "");
        if (!splits.isEmpty() && !splits.contains(split)) {
          return List.of();
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("video", videoDir.resolve(videoId + ".mp4"));
        slots.put("caption", JsonValues.text(s, "caption", location));
        slots.put("video_id", videoId);
        slots.put("split", split);
        return List.of(new Example(slots, location));
      }
    };
  }
}
