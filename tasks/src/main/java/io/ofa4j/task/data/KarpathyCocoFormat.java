package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * COCO captions in Karpathy's split file {@code dataset_coco.json}: {@code {"images": [{"filepath":
 * "val2014", "filename": "COCO_val2014_000000391895.jpg", "split": "test", "cocoid": 391895,
 * "sentences": [{"raw": "A man ...", "tokens": [...]}, ...]}, ...], "dataset": "coco"}}.
 *
 * <p>One example per image: {@code image} (Path imageRoot/filepath/filename), {@code captions}
 * (the raw sentences), {@code caption} (the first one), {@code split}, {@code image_id}.
 *
 * @param imageRoot folder holding {@code train2014/} and {@code val2014/}
 * @param splits splits to keep ({@code train}, {@code restval}, {@code val}, {@code test}); empty keeps all
 */
public record KarpathyCocoFormat(Path imageRoot, Set<String> splits) implements RecordFormat {

  public KarpathyCocoFormat {
    requireNonNull(imageRoot, "imageRoot is null");
    splits = Set.copyOf(requireNonNull(splits, "splits is null"));
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    return new JsonArrayCursor(file, "images", recordIndex) {
      @Override
      List<Example> expand(JsonNode image, String location) {
        String split = JsonValues.text(image, "split", location);
        if (!splits.isEmpty() && !splits.contains(split)) {
          return List.of();
        }
        JsonNode sentences = image.get("sentences");
        if (sentences == null || !sentences.isArray() || sentences.isEmpty()) {
          throw new MalformedRecordException(location, "image has no 'sentences' array");
        }
        List<String> captions = new ArrayList<>();
        for (JsonNode s : sentences) {
          captions.add(JsonValues.text(s, "raw", location));
        }
        Map<String, Object> slots = new LinkedHashMap<>();
        slots.put("image", imageRoot.resolve(JsonValues.text(image, "filepath", location))
            .resolve(JsonValues.text(image, "filename", location)));
        slots.put("captions", List.copyOf(captions));
        slots.put("caption", captions.get(0));
        slots.put("split", split);
        slots.put("image_id", image.path("cocoid").asString(""));
        return List.of(new Example(slots, location));
      }
    };
  }
}
