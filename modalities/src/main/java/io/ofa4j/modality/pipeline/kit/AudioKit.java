package io.ofa4j.modality.pipeline.kit;

import io.ofa4j.planner.spi.ModalityName;
import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioFeatureConfig;
import io.ofa4j.modality.audio.AudioPreprocessor;
import io.ofa4j.modality.audio.FeatureMatrix;
import io.ofa4j.modality.audio.SpecAugment;
import io.ofa4j.modality.pipeline.adapter.AudioSpanAdapter;
import io.ofa4j.modality.pipeline.vocab.ModalityTokens;
import io.ofa4j.planner.plan.SlotPlan;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nd4j.linalg.factory.Nd4j;

/**
 * AUDIO: a WAV/FLAC file to Whisper log-mel frames {@code [frames, mel]} (SpecAugment at train
 * time when configured) and the convolutional audio adapter; a {@link FeatureMatrix} is taken as
 * features already. The span is {@code <|audio_pad|>} times {@code ceil(ceil(frames/2)/2)}.
 */
@ModalityName("AUDIO")
public final class AudioKit implements ModalityKit {
  private final AudioSpanAdapter adapter;

  /** A kit whose adapter follows {@code settings}. */
  @Inject
  public AudioKit(KitSettings settings) {
    this.adapter = new AudioSpanAdapter(requireNonNull(settings, "settings is null").audio());
  }

  @Override
  public String modality() {
    return "AUDIO";
  }

  @Override
  public Optional<SpanAdapter> adapter() {
    return Optional.of(adapter);
  }

  @Override
  public SlotEncoding encode(SlotPlan slot, Object value, KitContext ctx, ExampleState state) {
    FeatureMatrix m;
    if (value instanceof FeatureMatrix fm) {
      m = fm;
    } else {
      AudioFeatureConfig base = AudioFeatureConfig.fromAttributes(
          SlotValues.attributes(slot, AudioFeatureConfig.ATTRIBUTES));
      int bins = adapter.config().numMelBins();
      AudioFeatureConfig config = new AudioFeatureConfig(base.kind(), bins, base.padTo30s(),
          base.specAugment() == null ? SpecAugment.NONE : base.specAugment());
      m = new AudioPreprocessor(config).process(SlotValues.path(value), ctx.training(),
          ctx.seed() ^ slot.index()).features(); // [frames, mel]
    }
    if (m.cols() != adapter.config().numMelBins()) {
      throw new IllegalArgumentException("audio features have " + m.cols() + " bins per frame, the "
          + "adapter expects " + adapter.config().numMelBins());
    }
    int tokens = (int) adapter.config().outputFrames(m.rows());
    SpanFeatures f = new SpanFeatures(AudioSpanAdapter.NAME,
        Nd4j.create(m.values(), new long[] {m.rows(), m.cols()}, 'c'), tokens, null);
    return new SlotEncoding.Span(ctx.id(ModalityTokens.AUDIO_PAD), f);
  }
}
