package io.ofa4j.preset.run;

import io.ofa4j.modality.box.BoundingBox;
import io.ofa4j.modality.pipeline.RawExample;
import io.ofa4j.modality.pipeline.predict.Prediction;
import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.preset.report.Box;
import io.ofa4j.preset.report.GalleryItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report's gallery: for each task with an image or audio input, its first validation
 * examples with the last evaluation's predictions (caption or box drawn on the image, transcript
 * under the clip) and the reference.
 */
final class Gallery {
  private static final Logger LOG = LoggerFactory.getLogger(Gallery.class);

  private Gallery() {}

  static List<GalleryItem> items(RunEvaluator evaluator, int perTask) {
    List<GalleryItem> out = new ArrayList<>();
    for (TaskData t : evaluator.tasks()) {
      List<Prediction> predictions = evaluator.lastPredictions(t.name());
      for (int i = 0; i < Math.min(perTask, predictions.size()); i++) {
        Prediction p = predictions.get(i);
        if (p != null) {
          item(t, t.validation().get(i), p, i).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static java.util.Optional<GalleryItem> item(TaskData t, RawExample ex, Prediction p, int i) {
    String title = t.name() + " #" + i;
    Object reference = ex.slots().get(t.targetSlot().name());
    String ref = reference == null ? null : PredictionValues.display(reference);
    try {
      for (SlotPlan s : t.plan().slots()) {
        Object v = ex.slots().get(s.name());
        if (s.modality().equals("IMAGE") && v instanceof Path path) {
          BufferedImage image = ImageIO.read(path.toFile());
          if (image == null) {
            return java.util.Optional.empty();
          }
          Box box = p.value() instanceof BoundingBox b ? new Box(b.x0(), b.y0(), b.x1(), b.y1()) : null;
          String caption = box == null ? PredictionValues.display(p.value()) : "box " + PredictionValues.display(p.value());
          return java.util.Optional.of(new GalleryItem.ImagePrediction(title, image, caption, box, ref));
        }
        if (s.modality().equals("AUDIO") && v instanceof Path path) {
          return java.util.Optional.of(new GalleryItem.AudioPrediction(title, Files.readAllBytes(path),
              PredictionValues.display(p.value()), ref));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("gallery: skipping {} ({}): {}", title, ex.origin(), e.getMessage());
    }
    return java.util.Optional.empty();
  }
}
