package io.ofa4j.modality.pipeline.adapter;

import static java.util.Objects.requireNonNull;

import io.ofa4j.modality.audio.AudioAdapter;
import io.ofa4j.modality.audio.AudioAdapterConfig;
import io.ofa4j.modality.pipeline.kit.GraphAdapter;
import io.ofa4j.modality.pipeline.kit.SpanFeatures;
import io.ofa4j.runtime.weights.ParameterStore;
import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Whisper-style audio adapter ({@code adapters.audio.*}: two stride-2 convolutions and a
 * projection): log-mel {@code [frames, mel]} to {@code [ceil(ceil(frames/2)/2), H]}.
 */
public final class AudioSpanAdapter extends GraphAdapter {
  /** Adapter name of AUDIO features. */
  public static final String NAME = "adapters.audio";
  private static final String INPUT = "adapters.audio.input_features";

  private final AudioAdapter adapter;

  /** An adapter of {@code config}. */
  public AudioSpanAdapter(AudioAdapterConfig config) {
    super(NAME, requireNonNull(config, "config is null").hiddenSize());
    this.adapter = new AudioAdapter(config);
  }

  /** The sizes. */
  public AudioAdapterConfig config() {
    return adapter.config();
  }

  @Override
  public void initialize(ParameterStore store, long seed) {
    if (!store.contains(weightKeys().get(0))) {
      adapter.initialize(store, seed, store.get("model.embed_tokens.weight").dataType());
    }
  }

  @Override
  public List<String> weightKeys() {
    return AudioAdapter.WEIGHTS.stream().map(w -> AudioAdapter.PREFIX + w).toList();
  }

  @Override
  protected SDVariable build(SameDiff sd, SpanFeatures f, ParameterStore store) {
    long frames = f.values().size(0);
    SDVariable in = sd.placeHolder(INPUT, dtype(store), 1, frames, adapter.config().numMelBins());
    return adapter.build(sd, in, 1, frames, store); // [1, T', H]
  }

  @Override
  protected Map<String, INDArray> placeholders(SpanFeatures f, DataType dtype) {
    INDArray v = f.values(); // [frames, mel]
    return Map.of(INPUT, v.castTo(dtype).reshape(1, v.size(0), v.size(1)));
  }
}
