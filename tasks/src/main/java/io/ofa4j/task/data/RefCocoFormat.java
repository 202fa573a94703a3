package io.ofa4j.task.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * RefCOCO / RefCOCO+ / RefCOCOg: the refs list (the {@code refs(unc).p} pickle converted to JSON:
 * {@code [{"ref_id", "ann_id", "image_id", "split", "sentences": [{"sent", "raw"}]}]}) joined with
 * {@code instances.json} (COCO format: {@code images[].id/file_name}, {@code annotations[].id/bbox}).
 * COCO boxes are {@code [x, y, w, h]}; the {@code region} slot is {@code [x0, y0, x1, y1] = [x, y,
 * x + w, y + h]}.
 *
 * <p>One example per sentence: {@code image} (Path), {@code text}, {@code region} (double[4]),
 * {@code ref_id}, {@code split}. The instances file is streamed once to keep only two small maps.
 *
 * @param instances the {@code instances.json} of the same dataset
 * @param imageDir the COCO train2014 folder
 * @param splits splits to keep (e.g. {@code train}, {@code val}, {@code testA}); empty keeps all
 */
public record RefCocoFormat(Path instances, Path imageDir, Set<String> splits) implements RecordFormat {

  public RefCocoFormat {
    requireNonNull(instances, "instances is null");
    requireNonNull(imageDir, "imageDir is null");
    splits = Set.copyOf(requireNonNull(splits, "splits is null"));
  }

  @Override
  public RecordCursor open(Path refs, long recordIndex, long byteOffset) {
    Map<String, double[]> boxes = new HashMap<>();
    Map<String, String> fileNames = new HashMap<>();
    try (JsonArrayCursor anns = new JsonArrayCursor(instances, "annotations", 0) {
          @Override
          List<Example> expand(JsonNode a, String location) {
            double[] b = JsonValues.box(a, "bbox", location);
            boxes.put(JsonValues.text(a, "id", location), new double[] {b[0], b[1], b[0] + b[2], b[1] + b[3]});
            return List.of();
          }
        }) {
      anns.next();
    }
    try (JsonArrayCursor images = new JsonArrayCursor(instances, "images", 0) {
          @Override
          List<Example> expand(JsonNode i, String location) {
            fileNames.put(JsonValues.text(i, "id", location), JsonValues.text(i, "file_name", location));
            return List.of();
          }
        }) {
      images.next();
    }
    return new JsonArrayCursor(refs, null, recordIndex) {
      @Override
      List<Example> expand(JsonNode ref, String location) {
        String split = JsonValues.text(ref, "split", location);
        if (!splits.isEmpty() && !splits.contains(split)) {
          return List.of();
        }
        String annId = JsonValues.text(ref, "ann_id", location);
        double[] box = boxes.get(annId);
        if (box == null) {
          throw new MalformedRecordException(location, "ann_id " + annId + " is not in " + instances);
        }
        String imageId = JsonValues.text(ref, "image_id", location);
        String fileName = fileNames.get(imageId);
        if (fileName == null) {
          throw new MalformedRecordException(location, "image_id " + imageId + " is not in " + instances);
        }
        List<Example> out = new ArrayList<>();
        for (JsonNode s : ref.path("sentences")) {
          Map<String, Object> slots = new LinkedHashMap<>();
          slots.put("image", imageDir.resolve(fileName));
          slots.put("text", JsonValues.text(s, "sent", location));
          slots.put("region", box.clone());
          slots.put("ref_id", ref.path("ref_id").asString(""));
          slots.put("split", split);
          out.add(new Example(slots, location));
        }
        if (out.isEmpty()) {
          throw new MalformedRecordException(location, "ref has no sentences");
        }
        return out;
      }
    };
  }
}
