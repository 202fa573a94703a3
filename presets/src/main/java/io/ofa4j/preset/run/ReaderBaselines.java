package io.ofa4j.preset.run;

import io.ofa4j.planner.plan.SlotPlan;
import io.ofa4j.task.data.Example;
import io.ofa4j.task.metric.Metric;
import io.ofa4j.task.synthetic.Baseline;
import io.ofa4j.task.synthetic.Baselines;
import io.ofa4j.task.synthetic.SyntheticContext;
import io.ofa4j.task.synthetic.SyntheticDataset;
import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trivial baseline of reader data, by the same rules as the synthetic datasets': a box target
 * gets the centre box covering the middle half of each (real, differently sized) image; other
 * targets get the catalog generator's own baseline fitted on the read training examples (majority
 * class, most frequent caption, copied input, ...), or the most frequent training value of a text
 * target. A baseline whose predictions the task's primary metric does not take is dropped: the
 * table shows n/a.
 */
final class ReaderBaselines {
  private static final Logger LOG = LoggerFactory.getLogger(ReaderBaselines.class);

  private ReaderBaselines() {}

  /**
   * The baseline of {@code validation} fitted on {@code train}, or null.
   *
   * @param dataset the catalog task's synthetic generator, or null
   * @param context its context (labels, media cache) for the baseline call
   */
  static Baseline of(TaskData task, List<Example> train, List<Example> validation, SyntheticDataset dataset,
      SyntheticContext context, Metric<?, ?> primary) {
    if (validation.isEmpty()) {
      return null;
    }
    SlotPlan target = task.targetSlot();
    String image = task.plan().slots().stream().filter(s -> s.modality().equals("IMAGE")).map(SlotPlan::name)
        .findFirst().orElse(null);
    if (target.modality().equals("BOX") && image != null
        && validation.stream().allMatch(e -> e.get(target.name()) instanceof double[] && e.get(image) instanceof Path)) {
      return checked(centreBoxes(validation, target.name(), image), primary, task.name());
    }
    if (dataset != null) {
      try {
        Baseline b = checked(dataset.baseline(() -> train, validation, context), primary, task.name());
        if (b != null) {
          return b;
        }
      } catch (RuntimeException e) {
        LOG.debug("task {}: the {} baseline does not fit reader data: {}", task.name(), dataset.name(), e.getMessage());
      }
    }
    if (validation.stream().allMatch(e -> e.get(target.name()) instanceof String)) {
      return checked(Baselines.constant(() -> train, validation, target.name(), "most frequent value"), primary,
          task.name());
    }
    return null;
  }

  private static Baseline checked(Baseline b, Metric<?, ?> primary, String task) {
    try {
      b.score(primary);
      return b;
    } catch (RuntimeException e) {
      LOG.debug("task {}: baseline '{}' does not score with {}: {}", task, b.description(), primary.name(),
          e.getMessage());
      return null;
    }
  }

  /** The middle half of each image: {@code [w/4, h/4, 3w/4, 3h/4]} in pixels. */
  private static Baseline centreBoxes(List<Example> validation, String box, String image) {
    List<double[]> predictions = validation.stream().map(e -> {
      Dimension d = size((Path) e.get(image));
      return new double[] {d.width / 4.0, d.height / 4.0, 3 * d.width / 4.0, 3 * d.height / 4.0};
    }).toList();
    return new Baseline("centre box covering the middle half of each image", predictions,
        validation.stream().map(e -> e.get(box)).toList());
  }

  /** An image's size from its header, without decoding the pixels. */
  private static Dimension size(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IllegalArgumentException("image " + file + ": no reader for its format (or it does not exist)");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return new Dimension(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of image " + file + ": " + e.getMessage(), e);
    }
  }
}
