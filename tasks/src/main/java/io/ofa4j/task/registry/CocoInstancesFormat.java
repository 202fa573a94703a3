package io.ofa4j.task.registry;

import static java.util.Objects.requireNonNull;

import io.ofa4j.task.data.DatasetException;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.data.MalformedRecordException;
import io.ofa4j.task.data.RecordCursor;
import io.ofa4j.task.data.RecordFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * COCO object detection ({@code instances_val2017.json}): {@code images[].id/file_name},
 * {@code annotations[].image_id/bbox/category_id/iscrowd}, {@code categories[].id/name}. One example
 * per image, in {@code images} order: {@code image} (Path imageDir/file_name), {@code boxes}
 * ({@code List<double[]>} as x0,y0,x1,y1 from COCO's x,y,w,h), {@code labels} (category names).
 * Crowd annotations are skipped, as COCO evaluation ignores them. The file is read as one tree:
 * the 2017 validation file (25 MB) is fine, the 450 MB training file needs a large heap.
 *
 * @param imageDir folder of the images
 */
public record CocoInstancesFormat(Path imageDir) implements RecordFormat {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  public CocoInstancesFormat {
    requireNonNull(imageDir, "imageDir is null");
  }

  @Override
  public RecordCursor open(Path file, long recordIndex, long byteOffset) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.newInputStream(file));
    } catch (IOException | JacksonException e) {
      throw new DatasetException(file + ": cannot read COCO instances: " + e.getMessage(), e);
    }
    Map<Long, String> categories = new HashMap<>();
    root.path("categories").forEach(c -> categories.put(c.path("id").asLong(), c.path("name").asString()));
    Map<Long, List<JsonNode>> byImage = new HashMap<>();
    root.path("annotations").forEach(a -> byImage.computeIfAbsent(a.path("image_id").asLong(),
        k -> new ArrayList<>()).add(a));
    List<JsonNode> images = new ArrayList<>();
    root.path("images").forEach(images::add);
    return new RecordCursor() {
      private long next = recordIndex;

      @Override
      public Example next() {
        if (next >= images.size()) {
          return null;
        }
        JsonNode img = images.get((int) next++);
        String where = file + "#image " + (next - 1);
        List<double[]> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (JsonNode a : byImage.getOrDefault(img.path("id").asLong(), List.of())) {
          if (a.path("iscrowd").asInt(0) == 1) {
            continue;
          }
          JsonNode b = a.path("bbox");
          String label = categories.get(a.path("category_id").asLong());
          if (b.size() != 4 || label == null) {
            throw new MalformedRecordException(where, "annotation " + a.path("id")
                + " has bbox " + b + " and category " + a.path("category_id"));
          }
          double x = b.get(0).asDouble();
          double y = b.get(1).asDouble();
          boxes.add(new double[] {x, y, x + b.get(2).asDouble(), y + b.get(3).asDouble()});
          labels.add(label);
        }
        String name = img.path("file_name").asString("");
        if (name.isEmpty()) {
          throw new MalformedRecordException(where, "image has no file_name");
        }
        return new Example(Map.of("image", imageDir.resolve(name), "boxes", boxes, "labels", labels), where);
      }

      @Override
      public long recordIndex() {
        return next;
      }

      @Override
      public long byteOffset() {
        return -1;
      }

      @Override
      public void close() {
        // the tree is in memory; nothing to release
      }
    };
  }
}
