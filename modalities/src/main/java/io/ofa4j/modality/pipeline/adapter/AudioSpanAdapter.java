package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioAdapter;
import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.runtime.weights.ParameterStore;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The Whisper-style audio adapter ({@code adapters.audio.*}: two stride-2 convolutions and a
 * projection): log-mel {@code [frames, mel]} to {@code [ceil(ceil(frames/2)/2), H]}.
 */
public final class AudioSpanAdapter extends FrameSequenceAdapter {
  /** Adapter name of AUDIO features. */
  public static final String NAME = "adapters.audio";
  private static final String INPUT = "adapters.audio.input_features";

  private final AudioAdapter adapter;

  /** An adapter of {@code config}. */
  public AudioSpanAdapter(AudioAdapterConfig config) {
    super(NAME, requireNonNull(config, "config is null").hiddenSize(), INPUT, AudioAdapter.PREFIX,
        AudioAdapter.WEIGHTS);
    this.adapter = new AudioAdapter(config);
  }

  /** The sizes. */
  public AudioAdapterConfig config() {
    return adapter.config();
  }

  @Override
  protected long frameWidth() {
    return adapter.config().numMelBins();
  }

  @Override
  protected void initializeWeights(ParameterStore store, long seed, DataType dtype) {
    adapter.initialize(store, seed, dtype);
  }

  @Override
  protected SDVariable buildFrames(SameDiff sd, SDVariable frames, long batch, long t, ParameterStore store) {
    return adapter.build(sd, frames, batch, t, store); // [B, T', H]
  }

  @Override
  protected boolean rowWise() {
    return false; // the stride-2 convolutions see neighbouring frames and pad each sequence at its ends
  }
}
