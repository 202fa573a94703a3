package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.motion.BvhParser;
import io.ofa4j.modality.motion.Motion6d;
import io.ofa4j.modality.motion.NpyReader;
import io.ofa4j.modality.pipeline.adapter.MotionSpanAdapter;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.SlotPlan;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * MOTION: a BVH file (to OFASys motion_6d), a {@code .npy} feature matrix or {@code float[][]}
 * frames, through the per-frame MLP adapter; one {@code <|motion_pad|>} per frame.
 */
@ModalityName("MOTION")
public final class MotionKit implements ModalityKit {
  private final MotionSpanAdapter adapter;

  /** A kit whose adapter follows {@code settings}. */
  @Inject
  public MotionKit(KitSettings settings) {
    requireNonNull(settings, "settings is null");
    this.adapter = new MotionSpanAdapter(settings.motionFeatures(), settings.motionIntermediate(),
        settings.hiddenSize());
  }

  @Override
  public String modality() {
    return "MOTION";
  }

  @Override
  public Optional<SpanAdapter> adapter() {
    return Optional.of(adapter);
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    float[][] frames;
    if (value instanceof float[][] f) {
      frames = f;
    } else {
      Path p = SlotValues.path(value);
      if (p.toString().endsWith(".npy")) {
        double[][] rows = NpyReader.read(p).rows();
        frames = new float[rows.length][];
        for (int t = 0; t < rows.length; t++) {
          frames[t] = new float[rows[t].length];
          for (int c = 0; c < rows[t].length; c++) {
            frames[t][c] = (float) rows[t][c];
          }
        }
      } else {
        frames = Motion6d.fromBvh(BvhParser.read(p));
      }
    }
    if (frames.length == 0) {
      throw new IllegalArgumentException("motion has no frames");
    }
    if (frames[0].length != adapter.featureSize()) {
      throw new IllegalArgumentException("motion frames have " + frames[0].length
          + " features, the adapter expects " + adapter.featureSize());
    }
    SpanFeatures f = new SpanFeatures(MotionSpanAdapter.NAME, Nd4j.createFromArray(frames), frames.length, null);
    return new SlotEncoding.Span(ctx.id(ModalityTokens.MOTION_PAD), f);
  }
}
